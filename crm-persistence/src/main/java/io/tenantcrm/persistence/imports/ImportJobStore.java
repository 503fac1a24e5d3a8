package io.tenantcrm.persistence.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tenantcrm.core.imports.ImportJob;
import io.tenantcrm.core.imports.ImportJobRepository;
import io.tenantcrm.core.imports.ImportRun;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.mapping.JsonText;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs and their runs on {@code import_job} and {@code import_run} (V15), inside the tenant's walls. A run is
 * started at most once at a time: starting one while another of the same kind is running (and alive) fails, and a
 * real run that finished is never started again. A running run whose heartbeat is older than {@link #QUIET} is
 * taken for interrupted (its instance stopped).
 */
public class ImportJobStore extends TenantScoped implements ImportJobRepository {

    private static final Duration QUIET = ImportRun.QUIET;

    public ImportJobStore(EntityManagers ems) {
        super(ems);
    }

    @Override
    public void add(ImportJob job) {
        NativeSql.of(em(job.tenant()), "INSERT INTO import_job (tenant_id, id, created_by, created_at, file_name,"
                        + " format, headers, mapping, row_count, records) VALUES (?1, CAST(?2 AS uuid), ?3,"
                        + " CAST(?4 AS timestamptz), ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, job.tenant().value()).setParameter(2, job.id().toString())
                .setParameter(3, job.createdBy().value()).setParameter(4, job.createdAt().toString())
                .setParameter(5, job.fileName()).setParameter(6, job.format()).setParameter(7, json(job.headers()))
                .setParameter(8, json(job.mapping())).setParameter(9, job.rows()).setParameter(10, job.records())
                .executeUpdate();
    }

    @Override
    public Optional<ImportJob> find(TenantId tenant, UUID id) {
        return NativeSql.of(em(tenant), "SELECT created_by, created_at, file_name, format, headers, mapping, row_count,"
                        + " records"
                        + " FROM import_job WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList().stream().findFirst()
                .map(row -> {
                    Object[] c = (Object[]) row;
                    return new ImportJob(tenant, id, UserId.of((String) c[0]), NativeSql.instant(c[1]), (String) c[7],
                            (String) c[2], (String) c[3], read((String) c[4], new TypeReference<List<String>>() { }),
                            read((String) c[5], new TypeReference<LinkedHashMap<String, Integer>>() { }),
                            ((Number) c[6]).intValue());
                });
    }

    @Override
    public void mapping(TenantId tenant, UUID id, Map<String, Integer> mapping) {
        NativeSql.of(em(tenant), "UPDATE import_job SET mapping = ?3 WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, json(mapping))
                .executeUpdate();
    }

    @Override
    public List<ImportRun> runs(TenantId tenant, UUID id, Instant now) {
        return NativeSql.of(em(tenant), "SELECT kind, status, rows_done, created, updated, skipped, rejected,"
                        + " cancel_requested, error, started_at, heartbeat_at, finished_at, report_rows, to_review"
                        + " FROM import_run"
                        + " WHERE tenant_id = ?1 AND import_id = CAST(?2 AS uuid) ORDER BY kind")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList().stream()
                .map(row -> {
                    Object[] c = (Object[]) row;
                    ImportRun.Status status = ImportRun.Status.valueOf((String) c[1]);
                    Instant heartbeat = NativeSql.instant(c[10]);
                    if (status == ImportRun.Status.RUNNING && heartbeat.plus(QUIET).isBefore(now)) {
                        status = ImportRun.Status.INTERRUPTED;
                    }
                    return new ImportRun(ImportRun.Kind.valueOf((String) c[0]), status, new ImportRun.Counts(n(c[2]),
                            n(c[3]), n(c[4]), n(c[5]), n(c[6]), n(c[13])), (Boolean) c[7], (String) c[8],
                            NativeSql.instant(c[9]), heartbeat,
                            c[11] == null ? null : NativeSql.instant(c[11]), c[12] == null ? null : n(c[12]));
                }).toList();
    }

    /**
     * Starts a run, replacing an earlier one of the kind that is over (a dry run again after the mapping changed,
     * a real run after a cancelled or failed one). False when one is running, or the real run is done already.
     */
    @Override
    public boolean start(TenantId tenant, UUID id, ImportRun.Kind kind, String instance, Instant at) {
        return NativeSql.of(em(tenant), "INSERT INTO import_run (tenant_id, import_id, kind, status, instance,"
                        + " started_at, heartbeat_at) VALUES (?1, CAST(?2 AS uuid), ?3, 'RUNNING', ?4,"
                        + " CAST(?5 AS timestamptz), CAST(?5 AS timestamptz))"
                        + " ON CONFLICT (tenant_id, import_id, kind) DO UPDATE SET status = 'RUNNING', rows_done = 0,"
                        + " created = 0, updated = 0, skipped = 0, rejected = 0, to_review = 0, cancel_requested = false, error = NULL,"
                        + " instance = EXCLUDED.instance, started_at = EXCLUDED.started_at,"
                        + " heartbeat_at = EXCLUDED.heartbeat_at, finished_at = NULL, report = NULL, report_rows = NULL"
                        + " WHERE (import_run.status <> 'RUNNING' OR import_run.heartbeat_at < CAST(?6 AS timestamptz))"
                        + " AND NOT (import_run.kind = 'REAL' AND import_run.status = 'DONE')")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, kind.name())
                .setParameter(4, instance).setParameter(5, at.toString())
                .setParameter(6, at.minus(QUIET).toString()).executeUpdate() == 1;
    }

    /** Keeps the counts so far and the heartbeat; answers whether a cancellation was asked for. */
    @Override
    public boolean progress(TenantId tenant, UUID id, ImportRun.Kind kind, ImportRun.Counts counts, Instant at) {
        NativeSql.of(em(tenant), "UPDATE import_run SET rows_done = ?4, created = ?5, updated = ?6, skipped = ?7,"
                        + " rejected = ?8, to_review = ?10, heartbeat_at = CAST(?9 AS timestamptz) WHERE tenant_id = ?1"
                        + " AND import_id = CAST(?2 AS uuid) AND kind = ?3 AND status = 'RUNNING'")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, kind.name())
                .setParameter(4, counts.rowsDone()).setParameter(5, counts.created())
                .setParameter(6, counts.updated()).setParameter(7, counts.skipped())
                .setParameter(8, counts.rejected()).setParameter(9, at.toString())
                .setParameter(10, counts.toReview()).executeUpdate();
        return cancelRequested(tenant, id, kind);
    }

    @Override
    public boolean cancelRequested(TenantId tenant, UUID id, ImportRun.Kind kind) {
        return NativeSql.of(em(tenant), "SELECT 1 FROM import_run WHERE tenant_id = ?1 AND import_id = CAST(?2 AS uuid)"
                        + " AND kind = ?3 AND cancel_requested")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, kind.name())
                .getResultList().size() == 1;
    }

    /** Asks the job's running runs to stop after their batch; answers how many were running. */
    @Override
    public int requestCancel(TenantId tenant, UUID id) {
        return NativeSql.of(em(tenant), "UPDATE import_run SET cancel_requested = true WHERE tenant_id = ?1"
                        + " AND import_id = CAST(?2 AS uuid) AND status = 'RUNNING'")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).executeUpdate();
    }

    @Override
    public void finish(TenantId tenant, UUID id, ImportRun.Kind kind, ImportRun.Status status,
                       ImportRun.Counts counts, String error,
                       String report, Integer reportRows, Instant at) {
        NativeSql.of(em(tenant), "UPDATE import_run SET status = ?4, rows_done = ?5, created = ?6, updated = ?7,"
                        + " skipped = ?8, rejected = ?9, error = ?10, report = ?11, report_rows = ?12,"
                        + " finished_at = CAST(?13 AS timestamptz), heartbeat_at = CAST(?13 AS timestamptz),"
                        + " to_review = ?14"
                        + " WHERE tenant_id = ?1 AND import_id = CAST(?2 AS uuid) AND kind = ?3")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, kind.name())
                .setParameter(4, status.name()).setParameter(5, counts.rowsDone()).setParameter(6, counts.created())
                .setParameter(7, counts.updated()).setParameter(8, counts.skipped())
                .setParameter(9, counts.rejected())
                .setParameter(10, error == null || error.length() <= 500 ? error : error.substring(0, 500))
                .setParameter(11, report).setParameter(12, reportRows).setParameter(13, at.toString())
                .setParameter(14, counts.toReview()).executeUpdate();
    }

    @Override
    public Optional<String> report(TenantId tenant, UUID id, ImportRun.Kind kind) {
        List<?> rows = NativeSql.of(em(tenant), "SELECT report FROM import_run WHERE tenant_id = ?1"
                        + " AND import_id = CAST(?2 AS uuid) AND kind = ?3 AND report IS NOT NULL")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).setParameter(3, kind.name())
                .getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    private static int n(Object column) {
        return ((Number) column).intValue();
    }

    private static String json(Object value) {
        return JsonText.write(value);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        return JsonText.read(json, type, "an import job's headers or mapping");
    }
}
