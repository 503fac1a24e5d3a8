package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.TenantId;
import jakarta.persistence.EntityManager;

/** Base of every JPA adapter: hands out the running transaction's EntityManager after checking its tenant. */
public abstract class TenantScoped {

    private final EntityManagers ems;

    protected TenantScoped(EntityManagers ems) {
        this.ems = ems;
    }

    protected EntityManager em(TenantId tenant) {
        EntityManager em = ems.current();
        TenantContext.require(em, tenant);
        return em;
    }
}
