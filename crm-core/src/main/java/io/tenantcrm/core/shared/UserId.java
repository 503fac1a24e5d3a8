package io.tenantcrm.core.shared;

import java.util.Objects;

/** Identity of a user (a seller, a manager, an admin) as the identity provider knows it. */
public record UserId(String value) {

    private static final int MAX_LENGTH = 64;

    public UserId {
        Objects.requireNonNull(value, "userId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("userId must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
