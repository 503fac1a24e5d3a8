package io.tenantcrm.core.activity;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Use case: the history of a customer. Logging an activity about a deal counts as working it: the deal's activity
 * clock moves (field edits do not).
 */
public final class Timeline {

    private final ActivityRepository activities;
    private final DealRepository deals;
    private final Recorder recorder;

    public Timeline(ActivityRepository activities, DealRepository deals, Recorder recorder) {
        this.activities = Objects.requireNonNull(activities, "activities");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** Records a touch; {@code occurredAt} null means now. */
    public Activity log(ActivityType type, Direction direction, List<RecordRef> about, Instant occurredAt,
                        String summary) {
        return recorder.inTransaction(acting -> {
            Activity activity = Activity.log(acting, type, direction, about,
                    occurredAt != null ? occurredAt : acting.at(), summary);
            for (RecordRef record : about) {
                if (record.type() == RecordType.DEAL) {
                    DealId dealId = new DealId(UUID.fromString(record.id()));
                    deals.find(acting.tenant(), dealId)
                            .map(deal -> deal.activityAt(activity.occurredAt()))
                            .map(deals::update)
                            .orElseThrow(() -> new NotFoundException("deal", dealId));
                }
            }
            Activity saved = activities.add(activity);
            recorder.keep(List.of(), List.of(saved.logged(acting)));
            return saved;
        });
    }

    /** Rewrites what an activity says; an edit to history, so it needs a reason. */
    public Activity correct(ActivityId id, String summary, String reason) {
        return recorder.inTransaction(acting -> {
            Activity activity = activities.find(acting.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("activity", id));
            Activity.Corrected corrected = activity.correctSummary(summary, reason, acting);
            Activity saved = activities.update(corrected.activity());
            recorder.keep(List.of(corrected.audit()), List.of());
            return saved;
        });
    }

    /** Everything that happened about a record, newest first, a page at a time. */
    public Page<Activity> of(RecordRef record, PageRequest page) {
        return recorder.inTransaction(acting -> activities.timelineOf(acting.tenant(), record, page));
    }

    /**
     * The customer's whole story: what happened about the account, its contacts, its deals and the leads that
     * became it, newest first, a page at a time.
     */
    public Page<Activity> ofAccount(AccountId account, PageRequest page) {
        return recorder.inTransaction(acting -> activities.rolledUpTimelineOf(acting.tenant(), account, page));
    }
}
