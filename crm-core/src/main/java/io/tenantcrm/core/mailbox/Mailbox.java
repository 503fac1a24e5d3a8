package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One user's mailbox as the platform reads it: where (host, port, security), as whom (user name; the password is
 * kept apart, sealed, never in this value), which folders, and how the last sync went. {@code address} is the
 * owner's own address: mail from it is outbound, and it is never taken for a customer's.
 */
public record Mailbox(TenantId tenant, UUID id, UserId owner, EmailAddress address, String host, int port,
                      MailSecurity security, String username, List<String> folders, Instant createdAt,
                      Instant lastSyncedAt, String lastError) {

    public Mailbox {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(createdAt, "createdAt");
        folders = List.copyOf(folders);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("a mailbox syncs at least one folder");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    Mailbox synced(Instant at, String error) {
        return new Mailbox(tenant, id, owner, address, host, port, security, username, folders, createdAt, at,
                error);
    }
}
