package io.tenantcrm.persistence.mailbox;

import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.mailbox.FolderCursor;
import io.tenantcrm.core.mailbox.MailMessage;
import io.tenantcrm.core.mailbox.MailSecurity;
import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.mailbox.Mailboxes;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.secrets.TenantSecrets;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link Mailboxes} on {@code mailbox}, {@code mailbox_folder} and {@code mail_message} (V14). Passwords are sealed
 * with the tenant's data key; a mailbox is due for its next sync {@code syncEvery} after the last one ended.
 */
public class JpaMailboxes extends TenantScoped implements Mailboxes {

    private static final String COLUMNS = "CAST(id AS varchar), owner_id, address, host, port, security, username,"
            + " folders, created_at, last_synced_at, last_error";
    /** Folder names are kept one per line: IMAP folder names may hold commas, never line breaks. */
    private static final String FOLDER_SEPARATOR = "\n";

    private final TenantSecrets secrets;
    private final Duration syncEvery;

    public JpaMailboxes(EntityManagers ems, TenantSecrets secrets, Duration syncEvery) {
        super(ems);
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.syncEvery = Objects.requireNonNull(syncEvery, "syncEvery");
    }

    @Override
    public void add(Mailbox mailbox, String password) {
        NativeSql.of(em(mailbox.tenant()), "INSERT INTO mailbox (tenant_id, id, owner_id, address, host, port,"
                        + " security, username, password_sealed, folders, created_at, next_sync_at) VALUES (?1,"
                        + " CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS timestamptz),"
                        + " CAST(?11 AS timestamptz))")
                .setParameter(1, mailbox.tenant().value()).setParameter(2, mailbox.id().toString())
                .setParameter(3, mailbox.owner().value()).setParameter(4, mailbox.address().value())
                .setParameter(5, mailbox.host()).setParameter(6, mailbox.port())
                .setParameter(7, mailbox.security().name()).setParameter(8, mailbox.username())
                .setParameter(9, secrets.seal(mailbox.tenant(), purpose(mailbox.id()), password))
                .setParameter(10, String.join(FOLDER_SEPARATOR, mailbox.folders()))
                .setParameter(11, mailbox.createdAt().toString()).executeUpdate();
    }

    @Override
    public Optional<Mailbox> find(TenantId tenant, UUID id) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM mailbox WHERE tenant_id = ?1"
                        + " AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList().stream()
                .findFirst().map(row -> mailbox(tenant, (Object[]) row));
    }

    @Override
    public List<Mailbox> ofOwner(TenantId tenant, UserId owner) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM mailbox WHERE tenant_id = ?1 AND owner_id = ?2"
                        + " ORDER BY created_at, id")
                .setParameter(1, tenant.value()).setParameter(2, owner.value()).getResultList().stream()
                .map(row -> mailbox(tenant, (Object[]) row)).toList();
    }

    @Override
    public String passwordOf(TenantId tenant, UUID id) {
        String sealed = (String) NativeSql.of(em(tenant), "SELECT password_sealed FROM mailbox WHERE tenant_id = ?1"
                        + " AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getSingleResult();
        return secrets.open(tenant, purpose(id), sealed);
    }

    @Override
    public void remove(TenantId tenant, UUID id) {
        NativeSql.of(em(tenant), "DELETE FROM mailbox WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).executeUpdate();
    }

    /** Also lets go of the syncer's claim and sets when the mailbox is due again. */
    @Override
    public void synced(Mailbox mailbox) {
        NativeSql.of(em(mailbox.tenant()), "UPDATE mailbox SET last_synced_at = CAST(?3 AS timestamptz),"
                        + " last_error = ?4, next_sync_at = CAST(?5 AS timestamptz), claimed_by = NULL,"
                        + " claimed_until = NULL WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, mailbox.tenant().value()).setParameter(2, mailbox.id().toString())
                .setParameter(3, mailbox.lastSyncedAt().toString())
                .setParameter(4, cut(mailbox.lastError(), 300))
                .setParameter(5, mailbox.lastSyncedAt().plus(syncEvery).toString()).executeUpdate();
    }

    @Override
    public Optional<FolderCursor> cursor(TenantId tenant, UUID mailbox, String folder) {
        return NativeSql.of(em(tenant), "SELECT uid_validity, last_uid FROM mailbox_folder WHERE tenant_id = ?1"
                        + " AND mailbox_id = CAST(?2 AS uuid) AND folder = ?3")
                .setParameter(1, tenant.value()).setParameter(2, mailbox.toString()).setParameter(3, folder)
                .getResultList().stream().findFirst().map(row -> {
                    Object[] columns = (Object[]) row;
                    return new FolderCursor(folder, ((Number) columns[0]).longValue(),
                            ((Number) columns[1]).longValue());
                });
    }

    @Override
    public void saveCursor(TenantId tenant, UUID mailbox, FolderCursor cursor) {
        NativeSql.of(em(tenant), "INSERT INTO mailbox_folder (tenant_id, mailbox_id, folder, uid_validity, last_uid)"
                        + " VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5) ON CONFLICT (tenant_id, mailbox_id, folder)"
                        + " DO UPDATE SET uid_validity = EXCLUDED.uid_validity, last_uid = EXCLUDED.last_uid")
                .setParameter(1, tenant.value()).setParameter(2, mailbox.toString())
                .setParameter(3, cursor.folder()).setParameter(4, cursor.uidValidity())
                .setParameter(5, cursor.lastUid()).executeUpdate();
    }

    @Override
    public boolean taken(TenantId tenant, String messageId) {
        // a lock of its own statement, so the read below sees what a sync that held it committed
        NativeSql.of(em(tenant), "SELECT CAST(pg_advisory_xact_lock(hashtextextended(?1 || ' ' || ?2, 0)) AS varchar)")
                .setParameter(1, tenant.value()).setParameter(2, cut(messageId, 998)).getSingleResult();
        return !NativeSql.of(em(tenant), "SELECT 1 FROM mail_message WHERE tenant_id = ?1 AND message_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, cut(messageId, 998)).getResultList().isEmpty();
    }

    @Override
    public void take(TenantId tenant, UUID mailbox, MailMessage message, ActivityId activity, int bodyLimit) {
        boolean truncated = message.text().length() > bodyLimit;
        NativeSql.of(em(tenant), "INSERT INTO mail_message (tenant_id, message_id, mailbox_id, folder, uid,"
                        + " activity_id, subject, from_address, recipients, sent_at, body, body_truncated) VALUES"
                        + " (?1, ?2, CAST(?3 AS uuid), ?4, ?5, CAST(?6 AS uuid), ?7, ?8, ?9,"
                        + " CAST(?10 AS timestamptz), ?11, ?12)")
                .setParameter(1, tenant.value()).setParameter(2, cut(message.messageId(), 998))
                .setParameter(3, mailbox.toString()).setParameter(4, message.folder()).setParameter(5, message.uid())
                .setParameter(6, activity.toString()).setParameter(7, cut(message.subject(), 1000))
                .setParameter(8, message.from() == null ? null : message.from().value())
                .setParameter(9, cut(message.to().stream().map(EmailAddress::value)
                        .collect(Collectors.joining(", ")), 4000))
                .setParameter(10, message.sentAt().toString())
                .setParameter(11, truncated ? message.text().substring(0, bodyLimit) : message.text())
                .setParameter(12, truncated).executeUpdate();
    }

    private static String purpose(UUID mailbox) {
        return "mailbox:" + mailbox;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static Mailbox mailbox(TenantId tenant, Object[] row) {
        return new Mailbox(tenant, UUID.fromString((String) row[0]), UserId.of((String) row[1]),
                new EmailAddress((String) row[2]), (String) row[3], ((Number) row[4]).intValue(),
                MailSecurity.valueOf((String) row[5]), (String) row[6],
                Arrays.asList(((String) row[7]).split(FOLDER_SEPARATOR)), NativeSql.instant(row[8]),
                row[9] == null ? null : NativeSql.instant(row[9]), (String) row[10]);
    }
}
