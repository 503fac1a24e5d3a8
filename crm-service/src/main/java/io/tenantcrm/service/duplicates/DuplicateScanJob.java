package io.tenantcrm.service.duplicates;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.DuplicateCheck;
import io.tenantcrm.core.dedupe.DuplicateReport;
import io.tenantcrm.core.dedupe.DuplicateScan;
import io.tenantcrm.core.dedupe.DuplicateScans;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.dedupe.JpaDuplicateIndex;
import io.tenantcrm.service.crm.PlatformTransactions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whole-tenant duplicate scans as background jobs: the request records the scan and returns at once; a managed
 * thread reads the tenant's match keys, groups sure duplicates (crm-core's blocked {@link DuplicateCheck#scan})
 * and keeps the report, or why it failed. Both steps run as the tenant, inside both walls.
 */
@ApplicationScoped
public class DuplicateScanJob {

    private static final Logger LOG = Logger.getLogger(DuplicateScanJob.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    PlatformTransactions transactions;

    @Inject
    DuplicateScans scans;

    @Inject
    NameSimilarity similarity;

    @Inject
    TenantConfiguration configuration;

    @Inject
    Clock clock;

    public DuplicateScan start(TenantId tenant, UserId by, RecordType type) {
        DuplicateScan scan = DuplicateScan.started(type, by, clock.instant());
        transactions.inTenant(tenant, () -> scans.started(tenant, scan));
        executor.submit(() -> run(tenant, scan));
        return scan;
    }

    private void run(TenantId tenant, DuplicateScan scan) {
        try {
            DuplicateReport report = transactions.inTenant(tenant, () -> new DuplicateCheck(
                    new JpaDuplicateIndex(transactions::entityManager), similarity, configuration::duplicates)
                    .scan(tenant, scan.type()));
            transactions.inTenant(tenant, () -> scans.finished(tenant, scan.id(), clock.instant(), report));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "duplicate scan " + scan.id() + " of tenant " + tenant + " failed", e);
            transactions.inTenant(tenant, () -> scans.failed(tenant, scan.id(), clock.instant(),
                    "the scan failed (" + e.getClass().getSimpleName() + "); start another"));
        }
    }
}
