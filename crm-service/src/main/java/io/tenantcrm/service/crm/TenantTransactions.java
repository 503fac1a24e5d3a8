package io.tenantcrm.service.crm;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.function.Supplier;

/**
 * Transactions for the service's own workers (SLA scheduler, webhook sender), which act without a request: inside
 * the tenant of the record at hand, as a named system user.
 */
@ApplicationScoped
public class TenantTransactions {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    TenantTransactions self;

    /** One transaction as the tenant (both walls), joined when one runs. */
    @Transactional
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        TenantContext.enter(em, tenant);
        return work.get();
    }

    /** Use cases' unit of work in the tenant. */
    public UnitOfWork of(TenantId tenant) {
        return new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return self.inTenant(tenant, work);
            }
        };
    }

    /** The worker as the use cases' current user. */
    public static CurrentUser actingAs(TenantId tenant, UserId worker) {
        return new CurrentUser() {
            @Override
            public TenantId tenant() {
                return tenant;
            }

            @Override
            public UserId user() {
                return worker;
            }
        };
    }
}
