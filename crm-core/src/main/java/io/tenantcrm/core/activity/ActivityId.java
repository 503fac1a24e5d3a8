package io.tenantcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a logged activity. */
public record ActivityId(UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId newId() {
        return new ActivityId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
