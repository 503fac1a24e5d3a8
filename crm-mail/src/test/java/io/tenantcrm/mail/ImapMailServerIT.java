package io.tenantcrm.mail;

import io.tenantcrm.core.mailbox.FolderBatch;
import io.tenantcrm.core.mailbox.FolderCursor;
import io.tenantcrm.core.mailbox.MailMessage;
import io.tenantcrm.core.mailbox.MailServerException;
import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IMAP adapter against GreenMail's real IMAP server in-process, on 127.0.0.1. */
class ImapMailServerIT {

    private static final Instant MONTH_AGO = Instant.now().minus(Duration.ofDays(30));

    private final MailFixture mail = new MailFixture();
    private final ImapMailServer server = new ImapMailServer(Duration.ofSeconds(10));

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void a_folder_is_read_from_its_cursor_in_batches_and_a_read_at_the_end_finds_nothing_new() throws Exception {
        mail.user("rep@acme.test", "secret");
        Mailbox mailbox = mail.mailbox(TenantId.of("acme"), UserId.of("rep"), "rep@acme.test", List.of("INBOX"));
        for (int i = 1; i <= 3; i++) {
            mail.append("rep@acme.test", "secret", "INBOX", mail.message("buyer@customer.test", "rep@acme.test",
                    "Quote " + i, "Please quote " + i + " pumps."));
        }

        FolderBatch first = server.read(mailbox, "secret", FolderCursor.start("INBOX"), 2, MONTH_AGO);
        assertThat(first.messages()).extracting(MailMessage::subject).containsExactly("Quote 1", "Quote 2");
        assertThat(first.more()).isTrue();
        FolderCursor cursor = new FolderCursor("INBOX", first.uidValidity(), first.lastUid());
        FolderBatch second = server.read(mailbox, "secret", cursor, 2, MONTH_AGO);
        assertThat(second.messages()).extracting(MailMessage::subject).containsExactly("Quote 3");
        assertThat(second.more()).isFalse();
        MailMessage read = second.messages().get(0);
        assertThat(read.from()).isEqualTo(new EmailAddress("buyer@customer.test"));
        assertThat(read.to()).containsExactly(new EmailAddress("rep@acme.test"));
        assertThat(read.text()).contains("Please quote 3 pumps.");
        assertThat(read.messageId()).startsWith("<").endsWith(">");

        FolderBatch none = server.read(mailbox, "secret", new FolderCursor("INBOX", second.uidValidity(),
                second.lastUid()), 2, MONTH_AGO);
        assertThat(none.messages()).as("n:* answers the newest message; it is not new").isEmpty();
        assertThat(none.lastUid()).isEqualTo(second.lastUid());
    }

    @Test
    void html_mail_is_read_as_text_without_the_quoted_thread_or_the_attachment() throws Exception {
        mail.user("rep@acme.test", "secret");
        Mailbox mailbox = mail.mailbox(TenantId.of("acme"), UserId.of("rep"), "rep@acme.test", List.of("INBOX"));
        MimeMessage html = mail.htmlWithAttachment("buyer@customer.test", "rep@acme.test", "Drawing",
                "<html><body><p>Drawing attached &amp; signed.</p><blockquote>earlier thread</blockquote>"
                        + "</body></html>");
        mail.append("rep@acme.test", "secret", "INBOX", html);

        MailMessage read = server.read(mailbox, "secret", FolderCursor.start("INBOX"), 10, MONTH_AGO).messages()
                .get(0);

        assertThat(read.text()).isEqualTo("Drawing attached & signed.");
        assertThat(read.messageId()).isEqualTo(html.getMessageID());
    }

    @Test
    void the_folders_are_listed_and_a_wrong_password_or_server_is_said_plainly_never_repeating_the_password()
            throws Exception {
        mail.user("rep@acme.test", "secret");
        mail.append("rep@acme.test", "secret", "Sent Items", mail.message("rep@acme.test", "buyer@customer.test",
                "Offer", "Attached."));
        Mailbox mailbox = mail.mailbox(TenantId.of("acme"), UserId.of("rep"), "rep@acme.test", List.of("INBOX"));

        assertThat(server.folders(mailbox, "secret")).contains("INBOX", "Sent Items");
        assertThatThrownBy(() -> server.folders(mailbox, "wrong-password-123"))
                .isInstanceOf(MailServerException.class).hasMessage("the user name or password was refused")
                .hasMessageNotContaining("wrong-password-123");
        assertThatThrownBy(() -> server.read(mailbox, "secret", FolderCursor.start("Archive 2019"), 10, MONTH_AGO))
                .isInstanceOf(MailServerException.class).hasMessageContaining("no folder Archive 2019");
        Mailbox elsewhere = new Mailbox(mailbox.tenant(), mailbox.id(), mailbox.owner(), mailbox.address(),
                "127.0.0.1", 1, mailbox.security(), mailbox.username(), List.of("INBOX"), mailbox.createdAt(), null,
                null);
        assertThatThrownBy(() -> server.folders(elsewhere, "secret")).isInstanceOf(MailServerException.class)
                .hasMessageStartingWith("cannot reach 127.0.0.1:1");
    }
}
