package io.tenantcrm.core.merge;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;

/** Two records became one (or, undone, two again). */
public record RecordsMerged(TenantId tenant, MergeId merge, RecordRef survivor, RecordRef merged, boolean undone,
                            UserId actor, Instant occurredAt) implements DomainEvent {
}
