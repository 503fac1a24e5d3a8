package io.tenantcrm.service.crm;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.persistence.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * crm-core's unit of work as a JTA transaction (joined when one is running). Before any work it puts the caller's
 * tenant on the transaction's EntityManager: EclipseLink's discriminator reads it, and the connection the
 * transaction acquires gets it for row-level security.
 *
 * <p>Work that joins a running transaction runs as a plain call, not through another {@code @Transactional}
 * interceptor: a use case inside another's transaction costs nothing extra, and an exception the caller catches
 * (routing that fails leaves a lead unassigned) does not doom the whole transaction. What the database refuses still
 * does: the persistence provider marks the transaction for rollback itself.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Inject
    NewTransaction transaction;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            TenantContext.enter(em, caller.tenant());
            return work.get();
        }
        return transaction.run(() -> {
            TenantContext.enter(em, caller.tenant());
            return work.get();
        });
    }

    /** The one place a transaction begins for crm-core's work. */
    @ApplicationScoped
    public static class NewTransaction {

        @Transactional
        public <T> T run(Supplier<T> work) {
            return work.get();
        }
    }
}
