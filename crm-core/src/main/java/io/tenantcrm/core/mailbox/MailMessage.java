package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.shared.EmailAddress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One message as read from a folder: its UID there, its Message-ID (the same in every mailbox it reached), who
 * sent it, to whom (To and Cc), when, what about, and its text (the plain part, or the HTML part without markup).
 * Addresses that cannot be read are left out.
 */
public record MailMessage(String folder, long uid, String messageId, EmailAddress from, List<EmailAddress> to,
                          String subject, Instant sentAt, String text) {

    public MailMessage {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sentAt, "sentAt");
        to = List.copyOf(to);
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text;
    }
}
