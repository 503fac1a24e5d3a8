package io.tenantcrm.core.activity;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A touch point in a customer's history: a call, an email, a quote sent. Invariants: it is about at least one
 * record (lead, account, contact or deal) and it did not happen in the future. History is not rewritten silently:
 * a correction needs a reason and leaves an audit entry. It may carry documents, such as the PDF of the quote
 * it sent, and, when the CRM wrote it, its wording as a code a screen translates.
 */
public record Activity(TenantId tenant, ActivityId id, long version, ActivityType type, Direction direction,
                       List<RecordRef> about, Instant occurredAt, UserId loggedBy, String summary,
                       List<AttachedDocument> documents, Wording wording) {

    public static final int MAX_SUMMARY = 4000;

    public Activity {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(loggedBy, "loggedBy");
        // a set of records, kept in one canonical order so that stored and fresh activities compare equal
        about = about.stream().distinct()
                .sorted(java.util.Comparator.comparing(RecordRef::type).thenComparing(RecordRef::id)).toList();
        if (about.isEmpty()) {
            throw new RuleViolationException("about", "an activity must be about a lead, account, contact or deal");
        }
        summary = summary == null ? "" : summary.strip();
        if (summary.length() > MAX_SUMMARY) {
            throw new RuleViolationException("summary", "must be at most " + MAX_SUMMARY + " characters");
        }
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** An activity without documents. */
    public Activity(TenantId tenant, ActivityId id, long version, ActivityType type, Direction direction,
                    List<RecordRef> about, Instant occurredAt, UserId loggedBy, String summary) {
        this(tenant, id, version, type, direction, about, occurredAt, loggedBy, summary, List.of(), null);
    }

    /** Records a touch that happened at {@code occurredAt} (now, or earlier when logged after the fact). */
    public static Activity log(Acting acting, ActivityType type, Direction direction, List<RecordRef> about,
                               Instant occurredAt, String summary) {
        if (occurredAt.isAfter(acting.at())) {
            throw new RuleViolationException("occurredAt", "an activity cannot have happened in the future");
        }
        return new Activity(acting.tenant(), ActivityId.newId(), 0, type, direction, about, occurredAt,
                acting.user(), summary, List.of(), null);
    }

    /** The same activity with these documents attached (before it is stored: they do not change after). */
    public Activity attaching(List<AttachedDocument> attached) {
        return new Activity(tenant, id, version, type, direction, about, occurredAt, loggedBy, summary, attached,
                wording);
    }

    /** The same activity with the code and values of what it says (before it is stored). */
    public Activity saying(Wording said) {
        return new Activity(tenant, id, version, type, direction, about, occurredAt, loggedBy, summary, documents,
                said);
    }

    public ActivityLogged logged(Acting acting) {
        return new ActivityLogged(tenant, this, acting.user(), acting.at());
    }

    public boolean isAbout(RecordRef record) {
        return about.contains(record);
    }

    /** Rewrites the summary of a recorded activity: an edit to history, so it needs a reason. */
    public Corrected correctSummary(String newSummary, String reason, Acting acting) {
        String why = Reasons.require("reason", reason);
        // the corrected text is a person's now: the CRM's own wording no longer says it
        Activity corrected = new Activity(tenant, id, version, type, direction, about, occurredAt, loggedBy,
                newSummary, documents, null);
        return new Corrected(corrected, AuditEntry.of(acting, ref(), "summary", summary, corrected.summary, why));
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.ACTIVITY, id.toString());
    }

    /** A corrected activity and the audit entry that explains the correction. */
    public record Corrected(Activity activity, AuditEntry audit) {
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Activity withVersion(long newVersion) {
        return new Activity(tenant, id, newVersion, type, direction, about, occurredAt, loggedBy, summary,
                documents, wording);
    }
}
