package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.DomainEvent;

import java.util.List;
import java.util.Objects;

/**
 * The new state of a record with what records how it came about: the events to publish and the audit entries to
 * keep. Operations on leads, accounts and contacts return one; save the three together.
 */
public record Change<T>(T record, List<DomainEvent> events, List<AuditEntry> audit) {

    public Change {
        Objects.requireNonNull(record, "record");
        events = List.copyOf(events);
        audit = List.copyOf(audit);
    }
}
