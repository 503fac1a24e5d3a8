package io.tenantcrm.core.account;

import java.util.Objects;
import java.util.UUID;

/** Identity of an account (a customer company). */
public record AccountId(UUID value) {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId newId() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
