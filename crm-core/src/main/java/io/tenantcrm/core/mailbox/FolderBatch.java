package io.tenantcrm.core.mailbox;

import java.util.List;

/**
 * What one read of a folder found: its UIDVALIDITY now, the messages after the cursor (oldest first, at most the
 * number asked for), the highest UID read, and whether more are waiting.
 */
public record FolderBatch(long uidValidity, List<MailMessage> messages, long lastUid, boolean more) {

    public FolderBatch {
        messages = List.copyOf(messages);
    }
}
