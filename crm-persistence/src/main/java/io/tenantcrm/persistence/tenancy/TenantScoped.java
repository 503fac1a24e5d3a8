package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.TenantId;
import jakarta.persistence.EntityManager;

/** Base of every JPA adapter: hands out the running transaction's EntityManager after checking its tenant. */
public abstract class TenantScoped {

    private final EntityManagers ems;

    protected TenantScoped(EntityManagers ems) {
        this.ems = ems;
    }

    protected EntityManager em(TenantId tenant) {
        EntityManager em = ems.current();
        TenantContext.require(em, tenant);
        return em;
    }

    /**
     * The update every adapter does: load the row, insist it is at the version the caller read, copy the record
     * in, write it now (so a concurrent change shows here) and hand back the row at its new version.
     */
    protected <D, E extends VersionedRow<D>> E updateRow(TenantId tenant, Class<E> type, Object id, D record,
                                                         long expectedVersion, String name) {
        EntityManager em = em(tenant);
        E row = em.find(type, id);
        if (row != null && row.version() == 0) {
            // added in this transaction and not written yet: EclipseLink sets the first version (1) when it writes
            em.flush();
        }
        // version 0 is a row this transaction added, read before anything wrote it (add answers 1): it names the
        // row's first version, whether or not a flush has written it since
        long expected = expectedVersion == 0 && row != null && row.version() == 1 ? 1 : expectedVersion;
        Writes.requireVersion(row, row == null ? -1 : row.version(), expected, name);
        row.copy(record);
        Writes.flush(em, name, expected);
        return row;
    }
}
