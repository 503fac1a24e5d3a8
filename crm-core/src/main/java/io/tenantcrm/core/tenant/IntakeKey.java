package io.tenantcrm.core.tenant;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What lets a web form or a marketplace post inquiries into one tenant without a user's token. Only the SHA-256 of
 * its secret is kept (the secret is long and random, so a slow hash adds nothing); the whole key is shown once,
 * when issued. A revoked key stays, so the leads it brought keep saying where they came from.
 */
public record IntakeKey(TenantId tenant, UUID id, String name, SourceChannel channel, String secretHash,
                        UserId createdBy, Instant createdAt, UserId revokedBy, Instant revokedAt) {

    public IntakeKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** Whether this key lets the presented one in: not revoked, and the secret is the one issued. */
    public boolean admits(Presented presented) {
        return !revoked() && presented.tenant().equals(tenant) && presented.id().equals(id)
                && MessageDigest.isEqual(hash(presented.secret()).getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Who leads taken in through this key are recorded as: the key, not a person. */
    public UserId actor() {
        return UserId.of("intake-key:" + id);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.INTAKE_KEY, id.toString());
    }

    IntakeKey revokedBy(UserId by, Instant at) {
        return new IntakeKey(tenant, id, name, channel, secretHash, createdBy, createdAt, by, at);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A key as a caller presents it: {@code ik.<tenant>.<key id>.<secret>}. The tenant is part of it, so the key is
     * found inside its tenant's walls like every other record.
     */
    public record Presented(TenantId tenant, UUID id, String secret) {

        static final String PREFIX = "ik.";

        public static Optional<Presented> parse(String text) {
            if (text == null || !text.startsWith(PREFIX) || text.length() > 300) {
                return Optional.empty();
            }
            String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
            if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Presented(TenantId.of(parts[0]), UUID.fromString(parts[1]), parts[2]));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return PREFIX + tenant.value() + "." + id + "." + secret;
        }
    }
}
