package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.TenantId;

import java.util.List;
import java.util.Optional;

/** Outbound port: the registry of tenants. */
public interface TenantRepository {

    Optional<Tenant> find(TenantId id);

    /** Every tenant of the platform, by slug. */
    List<Tenant> all();

    /** Slugs are unique across the platform; signup uses this to refuse a taken one. */
    Optional<Tenant> findBySlug(String slug);

    void add(Tenant tenant);

    /** Removes a tenant's registry row (its data must be gone already, or never have existed). */
    void remove(TenantId id);

    /** Suspends or resumes a tenant. */
    void changeStatus(TenantId id, TenantStatus status);
}
