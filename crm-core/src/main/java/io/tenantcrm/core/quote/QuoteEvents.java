package io.tenantcrm.core.quote;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** The events a quote's operations return. */
public final class QuoteEvents {

    private QuoteEvents() {
    }

    public record QuoteStarted(TenantId tenant, QuoteId quote, String number, DealId deal, UserId actor,
                               Instant occurredAt) implements DomainEvent {
    }

    /** A version waits for an approval step; {@code approvers} are who may decide it. */
    public record ApprovalRequested(TenantId tenant, QuoteId quote, String number, int version, String step,
                                    Set<UserId> approvers, UserId actor, Instant occurredAt) implements DomainEvent {
    }

    public record ApprovalEscalated(TenantId tenant, QuoteId quote, String number, int version, String step,
                                    Set<UserId> approvers, UserId actor, Instant occurredAt) implements DomainEvent {
    }

    /** Every step approved, or none needed. */
    public record QuoteApproved(TenantId tenant, QuoteId quote, String number, DealId deal, int version, Money net,
                                UserId actor, Instant occurredAt) implements DomainEvent {
    }

    public record QuoteRejected(TenantId tenant, QuoteId quote, String number, DealId deal, int version,
                                String step, String reason, UserId actor, Instant occurredAt)
            implements DomainEvent {
    }

    public record QuoteSent(TenantId tenant, QuoteId quote, String number, DealId deal, int version, Money net,
                            LocalDate validUntil, UserId actor, Instant occurredAt) implements DomainEvent {
    }

    public record QuoteAccepted(TenantId tenant, QuoteId quote, String number, DealId deal, int version, Money net,
                                UserId actor, Instant occurredAt) implements DomainEvent {
    }
}
