package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A whole-tenant duplicate scan run as a background job: what it scans, who asked, and, once done, its report
 * (or why it failed).
 */
public record DuplicateScan(UUID id, RecordType type, Status status, UserId requestedBy, Instant startedAt,
                            Instant finishedAt, DuplicateReport report, String failure) {

    /** Where the job is. */
    public enum Status { RUNNING, DONE, FAILED }

    public DuplicateScan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public static DuplicateScan started(RecordType type, UserId by, Instant at) {
        return new DuplicateScan(UUID.randomUUID(), type, Status.RUNNING, by, at, null, null, null);
    }
}
