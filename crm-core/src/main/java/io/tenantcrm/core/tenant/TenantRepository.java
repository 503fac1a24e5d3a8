package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port: the registry of tenants. */
public interface TenantRepository {

    Optional<Tenant> find(TenantId id);

    void add(Tenant tenant);
}
