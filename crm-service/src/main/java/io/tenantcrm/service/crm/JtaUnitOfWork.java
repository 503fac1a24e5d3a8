package io.tenantcrm.service.crm;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.persistence.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * crm-core's unit of work as a JTA transaction (joined when one is running). Before any work it puts the caller's
 * tenant on the transaction's EntityManager: EclipseLink's discriminator reads it, and the connection the
 * transaction acquires gets it for row-level security.
 */
@ApplicationScoped
public class JtaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentUser caller;

    @Override
    @Transactional
    public <T> T inTransaction(Supplier<T> work) {
        TenantContext.enter(em, caller.tenant());
        return work.get();
    }
}
