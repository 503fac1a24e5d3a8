package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.TenantId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Outbound port: all of one tenant's stored data at once: written out as an archive (a backup, or what a company
 * takes with it), read back exactly, or erased. Each runs as one transaction, inside the tenant's walls.
 */
public interface TenantData {

    /** Writes the tenant's registry row, its people as the directory lists them, and every row it owns. */
    void export(TenantId tenant, List<IdentityDirectory.Person> people, OutputStream out) throws IOException;

    /**
     * Reads an archive back into the database: all of it or, on any error, nothing. The tenant must not exist;
     * answers the restored tenant.
     */
    Tenant restore(InputStream archive) throws IOException;

    /** Deletes every row of the tenant, its registry row last. Irreversible. */
    void erase(TenantId tenant);

    /** How many rows the tenant owns across every table (registry row included): zero once erased. */
    long rowCount(TenantId tenant);
}
