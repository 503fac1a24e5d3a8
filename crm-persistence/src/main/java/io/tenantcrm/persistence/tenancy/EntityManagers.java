package io.tenantcrm.persistence.tenancy;

import jakarta.persistence.EntityManager;

/**
 * Where the repositories get the EntityManager of the running transaction: the container's transaction-scoped
 * proxy in the service, the one {@link LocalTransactions} opened outside a container.
 */
@FunctionalInterface
public interface EntityManagers {

    EntityManager current();
}
