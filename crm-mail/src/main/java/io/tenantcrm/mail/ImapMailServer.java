package io.tenantcrm.mail;

import io.tenantcrm.core.mailbox.FolderBatch;
import io.tenantcrm.core.mailbox.FolderCursor;
import io.tenantcrm.core.mailbox.MailMessage;
import io.tenantcrm.core.mailbox.MailSecurity;
import io.tenantcrm.core.mailbox.MailServer;
import io.tenantcrm.core.mailbox.MailServerException;
import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.ReceivedDateTerm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * {@link MailServer} over IMAP (Jakarta Mail, Angus Mail): read-only, folders opened for the read and closed after,
 * a server's certificate checked against its host name, STARTTLS required where asked for, and every network wait
 * bounded by {@code timeout}. Messages after the cursor are fetched by UID range, envelope first; only those kept
 * have their text read.
 */
public final class ImapMailServer implements MailServer {

    private final Duration timeout;

    public ImapMailServer(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Set<String> folders(Mailbox mailbox, String password) throws MailServerException {
        Store store = connect(mailbox, password);
        try {
            Set<String> names = new LinkedHashSet<>();
            for (Folder folder : store.getDefaultFolder().list("*")) {
                names.add(folder.getFullName());
            }
            return names;
        } catch (MessagingException e) {
            throw new MailServerException("the mail server failed: " + e.getMessage(), e);
        } finally {
            close(store);
        }
    }

    @Override
    public FolderBatch read(Mailbox mailbox, String password, FolderCursor cursor, int max, Instant firstSyncSince)
            throws MailServerException {
        Store store = connect(mailbox, password);
        try {
            Folder folder = store.getFolder(cursor.folder());
            if (!folder.exists()) {
                throw new MailServerException("there is no folder " + cursor.folder() + " in the mailbox");
            }
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                long validity = uids.getUIDValidity();
                boolean fromStart = cursor.fresh() || validity != cursor.uidValidity();
                long after = fromStart ? 0 : cursor.lastUid();
                List<Message> newer = new ArrayList<>();
                Message[] candidates = fromStart
                        ? folder.search(new ReceivedDateTerm(ComparisonTerm.GE, Date.from(firstSyncSince)))
                        : uids.getMessagesByUID(after + 1, UIDFolder.MAXUID);
                FetchProfile uidsOnly = new FetchProfile();
                uidsOnly.add(UIDFolder.FetchProfileItem.UID);
                folder.fetch(candidates, uidsOnly);
                for (Message message : candidates) {
                    // "n:*" always answers the newest message, even when its UID is below n
                    if (uids.getUID(message) > after) {
                        newer.add(message);
                    }
                }
                newer.sort(Comparator.comparingLong(message -> uid(uids, message)));
                List<Message> batch = newer.subList(0, Math.min(max, newer.size()));
                FetchProfile envelopes = new FetchProfile();
                envelopes.add(FetchProfile.Item.ENVELOPE);
                folder.fetch(batch.toArray(Message[]::new), envelopes);
                List<MailMessage> messages = new ArrayList<>();
                long last = after;
                for (Message message : batch) {
                    long uid = uids.getUID(message);
                    messages.add(message(mailbox, cursor.folder(), validity, uid, (MimeMessage) message));
                    last = Math.max(last, uid);
                }
                if (batch.isEmpty() && fromStart) {
                    // nothing recent: start after what is there, so the next read asks only for new mail
                    last = Math.max(0, uids.getUIDNext() - 1);
                }
                return new FolderBatch(validity, messages, last, newer.size() > batch.size());
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new MailServerException("reading " + cursor.folder() + " failed: " + e.getMessage(), e);
        } finally {
            close(store);
        }
    }

    private static long uid(UIDFolder uids, Message message) {
        try {
            return uids.getUID(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MailMessage message(Mailbox mailbox, String folder, long validity, long uid, MimeMessage message)
            throws MessagingException {
        String messageId = message.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            // a message without an id: unique in its mailbox and folder generation, so still taken once
            messageId = "<" + validity + "." + uid + "." + folder + "@" + mailbox.id() + ">";
        }
        Date sent = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
        List<EmailAddress> to = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] recipients = message.getRecipients(type);
            if (recipients != null) {
                Arrays.stream(recipients).map(ImapMailServer::address).filter(Objects::nonNull).forEach(to::add);
            }
        }
        Address[] from = message.getFrom();
        return new MailMessage(folder, uid, messageId.strip(), from == null || from.length == 0 ? null : address(from[0]),
                to, message.getSubject(), sent == null ? Instant.EPOCH : sent.toInstant(), MessageText.of(message));
    }

    private static EmailAddress address(Address address) {
        if (!(address instanceof InternetAddress internet) || internet.getAddress() == null) {
            return null;
        }
        try {
            return new EmailAddress(internet.getAddress());
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private Store connect(Mailbox mailbox, String password) throws MailServerException {
        String protocol = mailbox.security() == MailSecurity.SSL ? "imaps" : "imap";
        String millis = String.valueOf(timeout.toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", millis);
        properties.setProperty("mail." + protocol + ".timeout", millis);
        properties.setProperty("mail." + protocol + ".writetimeout", millis);
        if (mailbox.security() == MailSecurity.SSL) {
            properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        if (mailbox.security() == MailSecurity.STARTTLS) {
            properties.setProperty("mail.imap.starttls.enable", "true");
            properties.setProperty("mail.imap.starttls.required", "true");
            properties.setProperty("mail.imap.ssl.checkserveridentity", "true");
        }
        try {
            Store store = Session.getInstance(properties).getStore(protocol);
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), password);
            return store;
        } catch (AuthenticationFailedException e) {
            throw new MailServerException("the user name or password was refused", e);
        } catch (MessagingException e) {
            throw new MailServerException("cannot reach " + mailbox.host() + ":" + mailbox.port() + " ("
                    + rootCause(e) + ")", e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void close(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            // the read is done; a failed goodbye loses nothing
        }
    }
}
