package io.tenantcrm.persistence.dedupe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.DuplicateReport;
import io.tenantcrm.core.dedupe.DuplicateScan;
import io.tenantcrm.core.dedupe.DuplicateScans;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link DuplicateScans} on the {@code duplicate_scan} table; the report is kept as JSON (Jackson). */
public class JpaDuplicateScans extends TenantScoped implements DuplicateScans {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_FAILURE = 500;

    public JpaDuplicateScans(EntityManagers ems) {
        super(ems);
    }

    @Override
    public void started(TenantId tenant, DuplicateScan scan) {
        NativeSql.of(em(tenant), "INSERT INTO duplicate_scan (tenant_id, id, record_type, status, requested_by,"
                        + " started_at) VALUES (?1, CAST(?2 AS uuid), ?3, 'RUNNING', ?4, CAST(?5 AS timestamptz))")
                .setParameter(1, tenant.value()).setParameter(2, scan.id().toString())
                .setParameter(3, scan.type().name()).setParameter(4, scan.requestedBy().value())
                .setParameter(5, scan.startedAt().toString())
                .executeUpdate();
    }

    @Override
    public void finished(TenantId tenant, UUID scan, Instant at, DuplicateReport report) {
        String json;
        try {
            json = JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        NativeSql.of(em(tenant), "UPDATE duplicate_scan SET status = 'DONE', finished_at = CAST(?3 AS timestamptz),"
                        + " report = CAST(?4 AS jsonb) WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, scan.toString()).setParameter(3, at.toString())
                .setParameter(4, json)
                .executeUpdate();
    }

    @Override
    public void failed(TenantId tenant, UUID scan, Instant at, String why) {
        String failure = why == null ? "unknown" : why.length() > MAX_FAILURE ? why.substring(0, MAX_FAILURE) : why;
        NativeSql.of(em(tenant), "UPDATE duplicate_scan SET status = 'FAILED', finished_at = CAST(?3 AS timestamptz),"
                        + " failure = ?4 WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, scan.toString()).setParameter(3, at.toString())
                .setParameter(4, failure)
                .executeUpdate();
    }

    @Override
    public Optional<DuplicateScan> find(TenantId tenant, UUID scan) {
        List<?> rows = NativeSql.of(em(tenant), "SELECT record_type, status, requested_by, started_at, finished_at,"
                        + " CAST(report AS text), failure FROM duplicate_scan WHERE tenant_id = ?1"
                        + " AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, scan.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        DuplicateReport report;
        try {
            report = row[5] == null ? null : JSON.readValue((String) row[5], DuplicateReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new DuplicateScan(scan, RecordType.valueOf((String) row[0]),
                DuplicateScan.Status.valueOf((String) row[1]), UserId.of((String) row[2]), NativeSql.instant(row[3]),
                row[4] == null ? null : NativeSql.instant(row[4]), report, (String) row[6]));
    }
}
