package io.tenantcrm.core.imports;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A spreadsheet uploaded to import: what it holds ({@code records}: {@code LEADS}, {@code ACCOUNTS}, {@code DEALS}
 * or {@code PRODUCTS}), its headers, its rows counted and which column each field is read from. It has a dry run
 * and a real run ({@link ImportRun}). Seen only by who uploaded it and by the tenant's admins.
 */
public record ImportJob(TenantId tenant, java.util.UUID id, UserId createdBy, Instant createdAt, String records,
                        String fileName, String format, List<String> headers, Map<String, Integer> mapping,
                        int rows) {

    public ImportJob {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdBy, "createdBy");
        // in the file's order, and a header cell may be empty
        headers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(headers));
        mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
    }

    /** Who may see the job, its runs and their reports: who uploaded it, or an admin. */
    public boolean isSeenBy(UserId user, boolean tenantAdmin) {
        return tenantAdmin || createdBy.equals(user);
    }
}
