package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.StaleRecordException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Optimistic locking as crm-core's repositories promise it: an update names the version it read; if the row moved
 * on, or the database says so at flush, the caller gets a {@link StaleRecordException}.
 */
public final class Writes {

    private Writes() {
    }

    public static void requireVersion(Object row, long storedVersion, long expectedVersion, String record) {
        if (row == null || storedVersion != expectedVersion) {
            throw new StaleRecordException(record, expectedVersion);
        }
    }

    /** Writes the update now, so a concurrent change shows here, and the new version can be read back. */
    public static void flush(EntityManager em, String record, long expectedVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleRecordException(record, expectedVersion);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                throw new StaleRecordException(record, expectedVersion);
            }
            throw e;
        }
    }
}
