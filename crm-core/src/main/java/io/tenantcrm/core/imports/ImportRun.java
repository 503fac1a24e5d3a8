package io.tenantcrm.core.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * A run of an import job: the dry run (what every row would come to, nothing written) or the real one, with its
 * progress and outcome counts. A running run whose heartbeat went quiet ({@link #QUIET}) is {@link Status#INTERRUPTED}: its
 * instance stopped, and it can be started again.
 */
public record ImportRun(Kind kind, Status status, Counts counts, boolean cancelRequested, String error,
                        Instant startedAt, Instant heartbeatAt, Instant finishedAt, Integer reportRows) {

    /** How long a running run may go without a heartbeat before it counts as interrupted. */
    public static final java.time.Duration QUIET = java.time.Duration.ofMinutes(2);

    public enum Kind { DRY, REAL }

    public enum Status { RUNNING, DONE, CANCELLED, FAILED, INTERRUPTED }

    /** Outcome counts so far; {@code toReview} of the {@code created} are possibly someone the tenant has. */
    public record Counts(int rowsDone, int created, int updated, int skipped, int rejected, int toReview) {
    }

    public ImportRun {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counts, "counts");
    }
}
