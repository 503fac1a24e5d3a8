package io.tenantcrm.service.persistence;

import io.tenantcrm.core.tenant.TenantRepository;
import io.tenantcrm.persistence.tenant.JpaTenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Wires crm-persistence's JPA adapters to the container's transaction-scoped EntityManager. */
@ApplicationScoped
public class Repositories {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Produces
    TenantRepository tenants() {
        return new JpaTenantRepository(() -> em);
    }
}
