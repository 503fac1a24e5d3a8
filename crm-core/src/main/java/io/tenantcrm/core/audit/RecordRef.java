package io.tenantcrm.core.audit;

import java.util.Objects;

/** A pointer to one record of a tenant: its kind and id. */
public record RecordRef(RecordType type, String id) {

    public RecordRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + "/" + id;
    }
}
