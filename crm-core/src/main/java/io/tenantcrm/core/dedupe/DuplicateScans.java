package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the tenant's duplicate scans and their reports. */
public interface DuplicateScans {

    void started(TenantId tenant, DuplicateScan scan);

    void finished(TenantId tenant, UUID scan, Instant at, DuplicateReport report);

    void failed(TenantId tenant, UUID scan, Instant at, String why);

    Optional<DuplicateScan> find(TenantId tenant, UUID scan);
}
