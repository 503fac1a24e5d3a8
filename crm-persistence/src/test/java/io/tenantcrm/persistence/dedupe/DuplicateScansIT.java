package io.tenantcrm.persistence.dedupe;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.DuplicateCluster;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.DuplicateReport;
import io.tenantcrm.core.dedupe.DuplicateScan;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate scans are kept with their whole report, in their tenant only. */
class DuplicateScansIT {

    @Test
    void a_finished_scan_keeps_its_report_whole_and_a_failed_one_says_why() {
        PostgresFixture postgres = PostgresFixture.shared();
        ActingUser acting = new ActingUser();
        LocalTransactions transactions = new LocalTransactions(postgres.units(), acting);
        JpaDuplicateScans scans = new JpaDuplicateScans(transactions);
        TenantId tenant = postgres.newTenant("scanning");
        TenantId other = postgres.newTenant("elsewhere");
        UserId mara = UserId.of("mara");
        acting.actAs(tenant, mara);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DuplicateScan done = DuplicateScan.started(RecordType.ACCOUNT, mara, at);
        DuplicateScan broken = DuplicateScan.started(RecordType.LEAD, mara, at);
        DuplicateReport report = new DuplicateReport(3, List.of(new DuplicateCluster(
                List.of("account/1", "account/2"),
                List.of(new DuplicatePair("account/1", "account/2", 0.96, List.of("same website szpumps.cn"),
                        true, null)))));

        transactions.inTransaction(() -> {
            scans.started(tenant, done);
            scans.started(tenant, broken);
            return null;
        });
        assertThat(transactions.inTransaction(() -> scans.find(tenant, done.id()))).contains(done);
        transactions.inTransaction(() -> {
            scans.finished(tenant, done.id(), at.plusSeconds(2), report);
            scans.failed(tenant, broken.id(), at.plusSeconds(1), "the database went away");
            return null;
        });

        assertThat(transactions.inTransaction(() -> scans.find(tenant, done.id()))).hasValueSatisfying(scan -> {
            assertThat(scan.status()).isEqualTo(DuplicateScan.Status.DONE);
            assertThat(scan.finishedAt()).isEqualTo(at.plusSeconds(2));
            assertThat(scan.report()).isEqualTo(report);
        });
        assertThat(transactions.inTransaction(() -> scans.find(tenant, broken.id()))).hasValueSatisfying(scan ->
                assertThat(scan.failure()).isEqualTo("the database went away"));
        acting.actAs(other, mara);
        assertThat(transactions.inTransaction(() -> scans.find(other, done.id()))).isEmpty();
    }
}
