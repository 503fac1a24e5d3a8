package io.tenantcrm.core.shared;

import java.time.Instant;

/** Something that happened in a tenant's sales, returned by the operation that made it happen. */
public interface DomainEvent {

    TenantId tenant();

    /** Who made it happen. */
    UserId actor();

    Instant occurredAt();
}
