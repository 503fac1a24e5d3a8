package io.tenantcrm.core.activity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a task. */
public record TaskId(UUID value) {

    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    public static TaskId newId() {
        return new TaskId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
