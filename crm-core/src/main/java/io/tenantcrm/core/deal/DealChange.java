package io.tenantcrm.core.deal;

import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.shared.DomainEvent;

import java.util.List;
import java.util.Set;

/**
 * What an operation on a deal produced: the deal's new state, the events to publish, the audit entries to keep,
 * the tasks the new stage creates, and the suggested fields still empty (pointed out, never blocking). Save all
 * of it in one transaction.
 */
public record DealChange(Deal deal, List<DomainEvent> events, List<AuditEntry> audit, List<Task> tasks,
                         Set<DealField> suggestedFieldsMissing) {

    public DealChange {
        events = List.copyOf(events);
        audit = List.copyOf(audit);
        tasks = List.copyOf(tasks);
        suggestedFieldsMissing = Set.copyOf(suggestedFieldsMissing);
    }
}
