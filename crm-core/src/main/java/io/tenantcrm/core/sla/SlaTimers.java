package io.tenantcrm.core.sla;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the durable timers of a tenant's SLA clocks. */
public interface SlaTimers {

    /** Stores the timers; one already scheduled for the same subject, clock and step is kept as it is. */
    void schedule(List<SlaTimer> timers);

    /** Cancels the clock's pending timers for the subject (the promise was kept); answers how many. */
    int cancel(TenantId tenant, RecordRef subject, SlaTimer.Clock clock, Instant at);

    List<SlaTimer> of(TenantId tenant, RecordRef subject);

    /** The timer, locked for this transaction so that only one scheduler acts on it. */
    Optional<SlaTimer> lock(TenantId tenant, UUID id);

    void markFired(TenantId tenant, UUID id, Instant at);
}
