package io.tenantcrm.service.crm;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.persistence.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Transactions of the platform itself, where no caller's tenant applies: the tenant registry (signup), and work
 * done as a tenant that is only being created.
 */
@ApplicationScoped
@Typed(PlatformTransactions.class) // not a second UnitOfWork bean: callers ask for this one by name
public class PlatformTransactions implements UnitOfWork {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** The registry has no tenant discriminator and no row-level security. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** Work as a given tenant in a transaction of its own (both walls apply). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void inTenant(TenantId tenant, Runnable work) {
        TenantContext.enter(em, tenant);
        work.run();
    }

    /** The same, answering what the work found. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        TenantContext.enter(em, tenant);
        return work.get();
    }

    public EntityManager entityManager() {
        return em;
    }
}
