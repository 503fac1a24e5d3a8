package io.tenantcrm.core.shared;

import java.util.function.Supplier;

/**
 * Runs one use case as one transaction: every record, audit entry and event it saves is kept, or none is. The
 * service joins the container's JTA transaction; an embedder wraps its own.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
