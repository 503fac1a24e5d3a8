package io.tenantcrm.core.merge;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: the store's side of a merge, which knows every place a record is referred to. Called inside the
 * merge's transaction, in this order: {@link #fold}, then the survivor is updated, then {@link #settle}.
 */
public interface MergeStore {

    /**
     * Keeps both records as they are now (the merged one as its tombstone, linked to the survivor), points every
     * record that refers to the merged one to the survivor, remembering each, and takes the merged one out of the
     * records and of the duplicate index.
     *
     * @return how many records were re-pointed
     */
    int fold(TenantId tenant, Merge merge);

    /** Remembers the survivor as the merge left it, so an unmerge can tell whether it changed since. */
    void settle(TenantId tenant, MergeId merge);

    Optional<Merge> find(TenantId tenant, MergeId merge);

    /** The merge that made this record a tombstone, while it is one. */
    Optional<Merge> tombstoneOf(TenantId tenant, RecordRef record);

    /**
     * Puts the survivor back as it was before the merge, brings the merged record back, and points back exactly
     * the records the merge re-pointed. Records created since stay with the survivor.
     *
     * @throws io.tenantcrm.core.shared.RuleViolationException when the survivor changed since the merge or is
     *         itself merged away: that change must be undone first
     */
    void unfold(TenantId tenant, MergeId merge, UserId by, Instant at);
}
