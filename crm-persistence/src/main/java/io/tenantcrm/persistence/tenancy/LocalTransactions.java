package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Transactions outside a container (tools, tests, benchmarks, embedders without JTA): each {@link #inTransaction}
 * opens an EntityManager for the current user's tenant, starts the database transaction at once (so the tenant
 * setting of {@link TenantConnectionSetting} is in place before the first statement), and commits or rolls back.
 * Nested calls join the running transaction.
 */
public final class LocalTransactions implements UnitOfWork, EntityManagers {

    private final EntityManagerFactory emf;
    private final CurrentUser currentUser;
    private final ThreadLocal<EntityManager> running = new ThreadLocal<>();

    public LocalTransactions(EntityManagerFactory emf, CurrentUser currentUser) {
        this.emf = Objects.requireNonNull(emf, "emf");
        this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (running.get() != null) {
            return work.get();
        }
        EntityManager em = emf.createEntityManager();
        TenantContext.enter(em, currentUser.tenant());
        running.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException | Error e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            running.remove();
            em.close();
        }
    }

    @Override
    public EntityManager current() {
        EntityManager em = running.get();
        if (em == null) {
            throw new IllegalStateException("no transaction is running: call inTransaction first");
        }
        return em;
    }
}
