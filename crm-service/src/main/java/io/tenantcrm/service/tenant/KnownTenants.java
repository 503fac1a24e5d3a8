package io.tenantcrm.service.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantRepository;
import io.tenantcrm.service.crm.PlatformTransactions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;

/**
 * The tenants of the platform as every request needs them (known? active? its name), kept in memory and dropped
 * on each change notice. While notices are not heard, every call reads the registry: a suspension must never wait
 * for a time-out.
 */
@ApplicationScoped
public class KnownTenants {

    @Inject
    TenantRepository tenants;

    @Inject
    PlatformTransactions registry;

    @Inject
    TenantChangeWatch watch;

    private TenantCache<Optional<Tenant>> known;

    @PostConstruct
    void keep() {
        // the registry is the platform's: read whoever asks (a user's token, a web form's intake key)
        known = watch.cache(id -> registry.inTransaction(() -> tenants.find(id)), Duration.ZERO);
    }

    public Optional<Tenant> find(TenantId tenant) {
        return known.get(tenant);
    }
}
