package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.TenantId;
import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The first wall: EclipseLink's tenant discriminator. Every multitenant entity's reads, inserts, updates and
 * deletes carry {@code tenant_id = <the EntityManager's tenant>}, and a read with no tenant set fails
 * (EclipseLink-6174). The tenant is set on the EntityManager before its first use in a transaction.
 */
public final class TenantContext {

    public static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    private TenantContext() {
    }

    public static void enter(EntityManager em, TenantId tenant) {
        em.setProperty(TENANT_PROPERTY, tenant.value());
    }

    public static TenantId of(EntityManager em) {
        Object tenant = em.getProperties().get(TENANT_PROPERTY);
        if (tenant == null) {
            throw new IllegalStateException("no tenant is set on this EntityManager");
        }
        return TenantId.of(tenant.toString());
    }

    /**
     * Guards against a caller passing one tenant while the EntityManager works for another: a programming error,
     * never a way to reach another tenant's rows.
     */
    public static void require(EntityManager em, TenantId tenant) {
        TenantId current = of(em);
        if (!current.equals(tenant)) {
            throw new IllegalStateException("this EntityManager works for tenant " + current + ", not " + tenant);
        }
    }
}
