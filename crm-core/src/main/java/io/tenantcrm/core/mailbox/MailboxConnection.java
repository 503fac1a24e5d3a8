package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Use case: a user connects their own mailbox (the sign-in is tried first, so only a working mailbox is kept),
 * lists theirs, and disconnects one. Nobody else's mailbox is visible, admins' included: mail is personal.
 */
public final class MailboxConnection {

    private static final TextLimit HOST = new TextLimit(253);
    private static final TextLimit USERNAME = new TextLimit(254);
    private static final TextLimit FOLDER = new TextLimit(200);
    private static final TextLimit PASSWORD = new TextLimit(500);

    private final Mailboxes mailboxes;
    private final MailServer server;
    private final boolean allowUnencrypted;
    private final Recorder recorder;

    /** @param allowUnencrypted whether {@link MailSecurity#NONE} is accepted (a local test server only) */
    public MailboxConnection(Mailboxes mailboxes, MailServer server, boolean allowUnencrypted, Recorder recorder) {
        this.mailboxes = Objects.requireNonNull(mailboxes, "mailboxes");
        this.server = Objects.requireNonNull(server, "server");
        this.allowUnencrypted = allowUnencrypted;
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * Where sent mail is kept, by the names mail servers give it; without folders named, a mailbox syncs INBOX and
     * the first of these it has.
     */
    static final List<String> SENT_FOLDERS = List.of("Sent", "Sent Items", "Sent Messages", "INBOX.Sent",
            "[Gmail]/Sent Mail", "已发送", "Gesendete Elemente");

    /** What a user fills in; {@code folders} empty means INBOX and the mailbox's sent folder. */
    public record Settings(String address, String host, Integer port, MailSecurity security, String username,
                           String password, List<String> folders) {
    }

    public Mailbox connect(Settings settings) {
        List<Violation> problems = new ArrayList<>();
        EmailAddress address = null;
        try {
            address = settings.address() == null ? null : new EmailAddress(settings.address());
        } catch (InvalidValueException e) {
            problems.add(new Violation("address", e.getMessage()));
        }
        if (address == null && problems.isEmpty()) {
            problems.add(new Violation("address", "say which address is yours, so your own mail counts as outbound"));
        }
        String host = HOST.check("host", settings.host());
        if (host == null || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            problems.add(new Violation("host", "must be the mail server's host name, such as imap.example.com"));
        }
        MailSecurity security = settings.security() == null ? MailSecurity.SSL : settings.security();
        if (security == MailSecurity.NONE && !allowUnencrypted) {
            problems.add(new Violation("security", "must be ssl or starttls: a password never travels in clear"));
        }
        int port = settings.port() == null ? (security == MailSecurity.SSL ? 993 : 143) : settings.port();
        if (port < 1 || port > 65535) {
            problems.add(new Violation("port", "must be between 1 and 65535"));
        }
        String username = USERNAME.check("username", settings.username());
        String password = PASSWORD.check("password", settings.password());
        if (password == null) {
            problems.add(new Violation("password", "is needed to sign in"));
        }
        List<String> folders = new ArrayList<>();
        boolean chosen = settings.folders() != null && !settings.folders().isEmpty();
        List<String> asked = chosen ? settings.folders() : List.of("INBOX");
        for (int i = 0; i < asked.size(); i++) {
            String folder = FOLDER.check("folders[" + i + "]", asked.get(i));
            if (folder == null) {
                problems.add(new Violation("folders[" + i + "]", "must name a folder"));
            } else if (!folders.contains(folder)) {
                folders.add(folder);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        EmailAddress own = address;
        String login = username == null ? own.value() : username;
        Mailbox asChosen = recorder.inTransaction(acting -> new Mailbox(acting.tenant(), UUID.randomUUID(),
                acting.user(), own, host, port, security, login, folders, acting.at(), null, null));
        Set<String> existing;
        try {
            existing = server.folders(asChosen, password);
        } catch (MailServerException e) {
            throw new RuleViolationException("password", "the mail server did not let us in: " + e.getMessage());
        }
        List<String> missing = folders.stream().filter(folder -> !existing.contains(folder)).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("folders", "the mailbox has no folder " + String.join(", ", missing)
                    + "; it has " + String.join(", ", new TreeSet<>(existing)));
        }
        if (!chosen) {
            SENT_FOLDERS.stream().filter(existing::contains).findFirst().ifPresent(folders::add);
        }
        Mailbox candidate = new Mailbox(asChosen.tenant(), asChosen.id(), asChosen.owner(), own, host, port,
                security, login, folders, asChosen.createdAt(), null, null);
        return recorder.inTransaction(acting -> {
            if (mailboxes.ofOwner(acting.tenant(), acting.user()).stream()
                    .anyMatch(m -> m.address().equals(own))) {
                throw new RuleViolationException("address", own.value() + " is connected already");
            }
            mailboxes.add(candidate, password);
            recorder.keep(List.of(AuditEntry.of(acting, ref(candidate.id()), "record", null,
                    "connected " + own.value() + " at " + host.toLowerCase(Locale.ROOT) + ":" + port + " ("
                            + security.name().toLowerCase(Locale.ROOT) + ")", null)), List.of());
            return candidate;
        });
    }

    public List<Mailbox> mine() {
        return recorder.inTransaction(acting -> mailboxes.ofOwner(acting.tenant(), acting.user()));
    }

    public Mailbox get(UUID id) {
        return recorder.inTransaction(acting -> mailboxes.find(acting.tenant(), id)
                .filter(m -> m.owner().equals(acting.user()))
                .orElseThrow(() -> new NotFoundException("mailbox", id)));
    }

    /** Forgets the mailbox and its password; what it brought onto the timeline stays. */
    public void disconnect(UUID id) {
        recorder.inTransaction(acting -> {
            Mailbox mailbox = mailboxes.find(acting.tenant(), id).filter(m -> m.owner().equals(acting.user()))
                    .orElseThrow(() -> new NotFoundException("mailbox", id));
            mailboxes.remove(acting.tenant(), id);
            recorder.keep(List.of(AuditEntry.of(acting, ref(id), "record", "connected " + mailbox.address().value(),
                    null, null)), List.of());
            return null;
        });
    }

    private static RecordRef ref(UUID id) {
        return new RecordRef(RecordType.MAILBOX, id.toString());
    }
}
