package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: mailboxes, their passwords (to be stored sealed), folder cursors and the messages taken. */
public interface Mailboxes {

    void add(Mailbox mailbox, String password);

    Optional<Mailbox> find(TenantId tenant, UUID id);

    List<Mailbox> ofOwner(TenantId tenant, UserId owner);

    String passwordOf(TenantId tenant, UUID id);

    /** Forgets the mailbox, its password and cursors; the activities taken from it stay. */
    void remove(TenantId tenant, UUID id);

    /** Keeps when the last sync ended and how (error null when it went well). */
    void synced(Mailbox mailbox);

    Optional<FolderCursor> cursor(TenantId tenant, UUID mailbox, String folder);

    void saveCursor(TenantId tenant, UUID mailbox, FolderCursor cursor);

    /**
     * Whether a message with this Message-ID was taken in the tenant already, from any mailbox. Holds the Message-ID
     * until the transaction ends, so two syncs meeting the same message (colleagues on one thread, a sync now and
     * the background one) take it once: the second waits, then finds it taken.
     */
    boolean taken(TenantId tenant, String messageId);

    /** Keeps the message (its text cut to the body limit) as taken, with the activity it became. */
    void take(TenantId tenant, UUID mailbox, MailMessage message, ActivityId activity, int bodyLimit);
}
