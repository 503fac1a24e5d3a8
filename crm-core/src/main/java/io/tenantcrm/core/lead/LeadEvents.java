package io.tenantcrm.core.lead;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;

/** The events a lead's operations return. */
public final class LeadEvents {

    private LeadEvents() {
    }

    /** A new inquiry is in: assignment, scoring and the first-response clock start from this. */
    public record LeadReceived(TenantId tenant, LeadId lead, SourceChannel source, Instant receivedAt, UserId actor,
                               Instant occurredAt) implements DomainEvent {
    }

    public record LeadStatusChanged(TenantId tenant, LeadId lead, LeadStatus from, LeadStatus to, String reason,
                                    UserId actor, Instant occurredAt) implements DomainEvent {
    }

    public record LeadConverted(TenantId tenant, LeadId lead, AccountId account, ContactId contact, DealId deal,
                                UserId actor, Instant occurredAt) implements DomainEvent {
    }
}
