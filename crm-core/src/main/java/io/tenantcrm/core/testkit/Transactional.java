package io.tenantcrm.core.testkit;

/** In-memory state that takes part in {@link InMemoryCrm}'s transactions: copied before, put back on failure. */
interface Transactional {

    Object snapshot();

    void restore(Object snapshot);
}
