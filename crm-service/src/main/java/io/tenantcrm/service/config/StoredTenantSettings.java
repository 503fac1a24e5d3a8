package io.tenantcrm.service.config;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.TenantContext;
import io.tenantcrm.persistence.tenant.JpaTenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Map;

/**
 * A tenant's stored settings, read in a transaction of their own inside the tenant's walls: the config source asks
 * while a request of any tenant may be running, and must not read through that request's transaction.
 */
@ApplicationScoped
public class StoredTenantSettings {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, String> read(TenantId tenant) {
        TenantContext.enter(em, tenant);
        return new JpaTenantSettings(() -> em, clock).of(tenant);
    }
}
