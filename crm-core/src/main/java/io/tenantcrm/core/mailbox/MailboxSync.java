package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Timeline;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.sla.SlaClocks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: reads a mailbox's new mail and puts each message with a customer on the timeline, as the mailbox's
 * owner (the current user). Each folder is read from its cursor in batches; a batch's activities, its messages'
 * Message-IDs and the moved cursor are kept in one transaction, so a sync cut off midway starts again where it
 * stood and takes nothing twice. The mail server is read outside any transaction. A message with nobody the tenant
 * knows is passed over; one taken already (another colleague's mailbox, a rebuilt folder) is skipped.
 */
public final class MailboxSync {

    /** How a sync went. {@code error} is the mail server's refusal, when there was one; the counts still hold. */
    public record Report(int read, int attached, int unmatched, int duplicates, String error) {
    }

    /** The deployment's limits: messages per batch, body characters kept, how far back a first sync reaches. */
    public record Limits(int batch, int bodyLimit, Duration firstSyncReach) {

        public static final Limits DEFAULT = new Limits(100, 20_000, Duration.ofDays(30));

        public Limits {
            Objects.requireNonNull(firstSyncReach, "firstSyncReach");
            if (batch < 1 || bodyLimit < 0) {
                throw new IllegalArgumentException("batch must be positive and bodyLimit not negative");
            }
        }
    }

    private final Mailboxes mailboxes;
    private final MailServer server;
    private final Correspondents correspondents;
    private final Timeline timeline;
    private final SlaClocks clocks;
    private final Limits limits;
    private final Recorder recorder;

    public MailboxSync(Mailboxes mailboxes, MailServer server, Correspondents correspondents, Timeline timeline,
                       SlaClocks clocks, Limits limits, Recorder recorder) {
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.server = Objects.requireNonNull(server, "server");
        this.correspondents = Objects.requireNonNull(correspondents, "correspondents");
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    private record Opened(Mailbox mailbox, String password, Instant now) {
    }

    private record Counts(int attached, int unmatched, int duplicates) {
    }

    public Report sync(UUID id) {
        Opened opened = recorder.inTransaction(acting -> {
            Mailbox mailbox = mailboxes.find(acting.tenant(), id)
                    .filter(m -> m.owner().equals(acting.user()))
                    .orElseThrow(() -> new NotFoundException("mailbox", id));
            return new Opened(mailbox, mailboxes.passwordOf(acting.tenant(), id), acting.at());
        });
        Mailbox mailbox = opened.mailbox();
        int read = 0;
        int attached = 0;
        int unmatched = 0;
        int duplicates = 0;
        String error = null;
        try {
            for (String folder : mailbox.folders()) {
                FolderCursor cursor = recorder.inTransaction(acting ->
                        mailboxes.cursor(acting.tenant(), id, folder).orElse(FolderCursor.start(folder)));
                boolean more = true;
                while (more) {
                    FolderBatch batch = server.read(mailbox, opened.password(), cursor, limits.batch(),
                            opened.now().minus(limits.firstSyncReach()));
                    FolderCursor next = new FolderCursor(folder, batch.uidValidity(), batch.lastUid());
                    Counts counts = recorder.inTransaction(acting -> {
                        Counts taken = take(mailbox, batch.messages(), acting.at());
                        mailboxes.saveCursor(acting.tenant(), id, next);
                        return taken;
                    });
                    read += batch.messages().size();
                    attached += counts.attached();
                    unmatched += counts.unmatched();
                    duplicates += counts.duplicates();
                    more = batch.more() && next.lastUid() > cursor.lastUid();
                    cursor = next;
                }
            }
        } catch (MailServerException e) {
            error = e.getMessage();
        }
        String outcome = error;
        recorder.inTransaction(acting -> {
            mailboxes.synced(mailbox.synced(acting.at(), outcome));
            return null;
        });
        return new Report(read, attached, unmatched, duplicates, error);
    }

    private Counts take(Mailbox mailbox, List<MailMessage> messages, Instant now) {
        int attached = 0;
        int unmatched = 0;
        int duplicates = 0;
        List<Activity> logged = new ArrayList<>();
        for (MailMessage message : messages) {
            if (mailboxes.taken(mailbox.tenant(), message.messageId())) {
                duplicates++;
                continue;
            }
            Set<RecordRef> about = correspondents.of(mailbox.tenant(),
                    EmailActivity.correspondents(message, mailbox.address()));
            if (about.isEmpty()) {
                unmatched++;
                continue;
            }
            // a sender's clock running ahead must not put the mail in the future
            Instant occurredAt = message.sentAt().isAfter(now) ? now : message.sentAt();
            Activity activity = timeline.log(ActivityType.EMAIL, EmailActivity.direction(message, mailbox.address()),
                    List.copyOf(about), occurredAt, EmailActivity.summary(message));
            mailboxes.take(mailbox.tenant(), mailbox.id(), message, activity.id(), limits.bodyLimit());
            logged.add(activity);
            attached++;
        }
        logged.forEach(clocks::activityLogged);
        return new Counts(attached, unmatched, duplicates);
    }
}
