package io.tenantcrm.core.deal;

import java.util.Objects;
import java.util.UUID;

/** Identity of a deal. */
public record DealId(UUID value) {

    public DealId {
        Objects.requireNonNull(value, "value");
    }

    public static DealId newId() {
        return new DealId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
