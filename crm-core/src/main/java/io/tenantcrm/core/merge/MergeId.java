package io.tenantcrm.core.merge;

import java.util.Objects;
import java.util.UUID;

/** Identity of one merge: what an unmerge names. */
public record MergeId(UUID value) {

    public MergeId {
        Objects.requireNonNull(value, "value");
    }

    public static MergeId newId() {
        return new MergeId(UUID.randomUUID());
    }

    public static MergeId of(String text) {
        return new MergeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
