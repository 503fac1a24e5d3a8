package io.tenantcrm.core.imports;

import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: import jobs and their runs. A run is started at most once at a time: starting one while another of the
 * same kind is running (and alive) fails, and a real run that finished is never started again.
 */
public interface ImportJobRepository {

    void add(ImportJob job);

    Optional<ImportJob> find(TenantId tenant, UUID id);

    void mapping(TenantId tenant, UUID id, Map<String, Integer> mapping);

    /** The job's runs as they stand at {@code now} (a quiet running run answers as interrupted). */
    List<ImportRun> runs(TenantId tenant, UUID id, Instant now);

    /** Claims the run for this instance; false when it may not start. */
    boolean start(TenantId tenant, UUID id, ImportRun.Kind kind, String instance, Instant at);

    /** Progress and heartbeat; answers whether a cancellation was asked for. */
    boolean progress(TenantId tenant, UUID id, ImportRun.Kind kind, ImportRun.Counts counts, Instant at);

    boolean cancelRequested(TenantId tenant, UUID id, ImportRun.Kind kind);

    /** Asks what is running to stop after its batch; answers how many runs were asked. */
    int requestCancel(TenantId tenant, UUID id);

    void finish(TenantId tenant, UUID id, ImportRun.Kind kind, ImportRun.Status status, ImportRun.Counts counts,
                String error, String report, Integer reportRows, Instant at);

    Optional<String> report(TenantId tenant, UUID id, ImportRun.Kind kind);
}
