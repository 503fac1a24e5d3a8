package io.tenantcrm.core.mailbox;

import java.time.Instant;
import java.util.Set;

/** Outbound port: a mail server the platform reads, as the mailbox's user (IMAP in the reference service). */
public interface MailServer {

    /** Signs in and answers the names of every folder, so a mailbox is only kept when it works. */
    Set<String> folders(Mailbox mailbox, String password) throws MailServerException;

    /**
     * The messages of a folder after the cursor, oldest first, at most {@code max}. For a folder never read (or
     * rebuilt: another UIDVALIDITY) only messages received since {@code firstSyncSince}.
     */
    FolderBatch read(Mailbox mailbox, String password, FolderCursor cursor, int max, Instant firstSyncSince)
            throws MailServerException;
}
