package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: a tenant's intake keys. */
public interface IntakeKeys {

    void add(IntakeKey key);

    Optional<IntakeKey> find(TenantId tenant, UUID id);

    /** Newest first, revoked ones included. */
    List<IntakeKey> of(TenantId tenant);

    void revoke(TenantId tenant, UUID id, UserId by, Instant at);

    /** Notes when a key was last used, so admins can tell live keys from forgotten ones. */
    void used(TenantId tenant, UUID id, Instant at);

    /** When each of the tenant's keys was last used (keys never used are absent). */
    Map<UUID, Instant> lastUsed(TenantId tenant);
}
