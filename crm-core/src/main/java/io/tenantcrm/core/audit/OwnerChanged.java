package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;

/**
 * A record changed hands. Customers belong to the company, not to whoever leaves: every transfer says who moved
 * it, from whom, to whom, when and why.
 */
public record OwnerChanged(TenantId tenant, RecordRef record, UserId previousOwner, UserId newOwner, String reason,
                           UserId actor, Instant occurredAt) implements DomainEvent {
}
