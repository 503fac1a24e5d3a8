package io.tenantcrm.core.sla;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One moment the platform must act on: a rung of a clock's escalation ladder, or a follow-up reminder. A timer is
 * fired once or cancelled (its promise was kept), never both; {@code (subject, clock, step)} identifies it, so
 * scheduling the same timer twice keeps one.
 */
public record SlaTimer(TenantId tenant, UUID id, RecordRef subject, Clock clock, int step, Instant dueAt,
                       Instant firedAt, Instant cancelledAt) {

    /** The promise a timer belongs to. */
    public enum Clock {
        FIRST_RESPONSE, INITIAL_PROPOSAL, QUOTE_FOLLOW_UP,
        /** A quote's approval step waiting for a decision: past it, the step goes one level up. */
        QUOTE_APPROVAL,
        /** An order's instalment past its grace days: if still unpaid, it goes to collections. */
        PAYMENT_OVERDUE,
        /** A deal with no activity for its stage's rotting days: ask whether to close it as lost. */
        ROTTING
    }

    public SlaTimer {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(dueAt, "dueAt");
        if (firedAt != null && cancelledAt != null) {
            throw new IllegalArgumentException("a timer is fired or cancelled, not both");
        }
    }

    public static SlaTimer schedule(TenantId tenant, RecordRef subject, Clock clock, int step, Instant dueAt) {
        return new SlaTimer(tenant, UUID.randomUUID(), subject, clock, step, dueAt, null, null);
    }

    public boolean isPending() {
        return firedAt == null && cancelledAt == null;
    }
}
