package io.tenantcrm.core.merge;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One merge: the survivor, the merged record (now a tombstone pointing to the survivor), how each field was
 * decided, how many related records (activities, deals, tasks, contacts ...) were re-pointed, who merged and why,
 * and who undid it when it was undone.
 */
public record Merge(MergeId id, RecordRef survivor, RecordRef merged, List<FieldPick> fields, int repointed,
                    String reason, UserId mergedBy, Instant mergedAt, UserId undoneBy, Instant undoneAt) {

    public Merge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(mergedBy, "mergedBy");
        Objects.requireNonNull(mergedAt, "mergedAt");
        fields = List.copyOf(fields);
    }

    public boolean undone() {
        return undoneAt != null;
    }

    Merge withRepointed(int count) {
        return new Merge(id, survivor, merged, fields, count, reason, mergedBy, mergedAt, undoneBy, undoneAt);
    }
}
