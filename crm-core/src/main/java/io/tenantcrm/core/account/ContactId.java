package io.tenantcrm.core.account;

import java.util.Objects;
import java.util.UUID;

/** Identity of a contact (a person at an account). */
public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId newId() {
        return new ContactId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
