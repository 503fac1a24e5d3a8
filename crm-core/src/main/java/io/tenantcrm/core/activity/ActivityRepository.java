package io.tenantcrm.core.activity;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port for the activity history. */
public interface ActivityRepository {

    Optional<Activity> find(TenantId tenant, ActivityId id);

    Activity add(Activity activity);

    Activity update(Activity activity);

    /** Every activity that happened in {@code [from, to)}, for reports. */
    java.util.List<Activity> between(TenantId tenant, java.time.Instant from, java.time.Instant to);

    /** Everything that happened about a record, newest first, keyset-paged. */
    Page<Activity> timelineOf(TenantId tenant, RecordRef record, PageRequest page);

    /**
     * Everything that happened about an account or any of its contacts, its deals and the leads converted into it,
     * each activity once, newest first, keyset-paged.
     */
    Page<Activity> rolledUpTimelineOf(TenantId tenant, AccountId account, PageRequest page);
}
