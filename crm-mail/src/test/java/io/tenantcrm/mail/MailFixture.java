package io.tenantcrm.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.tenantcrm.core.mailbox.MailSecurity;
import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** GreenMail's IMAP server on 127.0.0.1 (a free port), and mail put in its users' folders over IMAP itself. */
final class MailFixture implements AutoCloseable {

    private final GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    private final Session session = Session.getInstance(new Properties());

    MailFixture() {
        server.start();
    }

    int port() {
        return server.getImap().getPort();
    }

    GreenMailUser user(String address, String password) {
        return server.setUser(address, address, password);
    }

    /** A mailbox of the given user on this server, as a user would connect it. */
    Mailbox mailbox(TenantId tenant, UserId owner, String address, List<String> folders) {
        return new Mailbox(tenant, UUID.randomUUID(), owner, new EmailAddress(address), "127.0.0.1", port(),
                MailSecurity.NONE, address, folders, Instant.now(), null, null);
    }

    /** A plain-text message; its Message-ID is set by Jakarta Mail when saved. */
    MimeMessage message(String from, String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        message.setText(text);
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** An HTML-only message with an attachment, as many mail programs send. */
    MimeMessage htmlWithAttachment(String from, String to, String subject, String html) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(html, "text/html; charset=UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setText("not the message's text");
        attachment.setFileName("spec.txt");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        message.setContent(new MimeMultipart(body, attachment));
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** Makes a folder in the user's mailbox, as a mail program does. */
    void createFolder(String address, String password, String folderName) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", port(), address, password);
        try {
            store.getFolder(folderName).create(Folder.HOLDS_MESSAGES);
        } finally {
            store.close();
        }
    }

    /** Puts a message in one of the user's folders (created if need be) through IMAP APPEND. */
    void append(String address, String password, String folderName, MimeMessage message) throws MessagingException {
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", port(), address, password);
        try {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.appendMessages(new Message[] {message});
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
