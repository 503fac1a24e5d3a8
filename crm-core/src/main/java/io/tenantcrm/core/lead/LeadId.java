package io.tenantcrm.core.lead;

import java.util.Objects;
import java.util.UUID;

/** Identity of a lead. */
public record LeadId(UUID value) {

    public LeadId {
        Objects.requireNonNull(value, "value");
    }

    public static LeadId newId() {
        return new LeadId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
