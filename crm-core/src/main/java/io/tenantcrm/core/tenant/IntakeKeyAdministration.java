package io.tenantcrm.core.tenant;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TextLimit;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** Use case: tenant admins issue, list and revoke the keys web forms and marketplaces post inquiries with. */
public final class IntakeKeyAdministration {

    private static final TextLimit NAME = new TextLimit(100);

    private final IntakeKeys keys;
    private final Recorder recorder;
    private final SecureRandom random;

    public IntakeKeyAdministration(IntakeKeys keys, Recorder recorder, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new key, returned whole this once (only its hash is kept). */
    public record Issued(IntakeKey key, String presentable) {
    }

    /**
     * @param name what the key is for ("website contact form", "Alibaba"), shown in lists and on the leads
     * @param channel the source its leads get (web form by default)
     */
    public Issued issue(String name, SourceChannel channel) {
        String checkedName = NAME.check("name", name);
        if (checkedName == null || checkedName.isBlank()) {
            throw new RuleViolationException("name", "say what the key is for, such as \"website contact form\"");
        }
        return recorder.inTransaction(acting -> {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            IntakeKey key = new IntakeKey(acting.tenant(), UUID.randomUUID(), checkedName.strip(),
                    channel == null ? SourceChannel.WEB_FORM : channel, IntakeKey.hash(secretText), acting.user(),
                    acting.at(), null, null);
            keys.add(key);
            recorder.keep(List.of(AuditEntry.of(acting, key.ref(), "record", null,
                    "issued for " + key.channel().name().toLowerCase(Locale.ROOT) + ": " + key.name(),
                    null)), List.of());
            return new Issued(key, new IntakeKey.Presented(key.tenant(), key.id(), secretText).toString());
        });
    }

    public List<IntakeKey> list() {
        return recorder.inTransaction(acting -> keys.of(acting.tenant()));
    }

    /** Stops the key at once; what it brought in stays. */
    public IntakeKey revoke(UUID id, String reason) {
        return recorder.inTransaction(acting -> {
            IntakeKey key = keys.find(acting.tenant(), id).orElseThrow(() -> new NotFoundException("intake key", id));
            if (key.revoked()) {
                throw new RuleViolationException("key", "was revoked already, at " + key.revokedAt());
            }
            keys.revoke(acting.tenant(), id, acting.user(), acting.at());
            recorder.keep(List.of(AuditEntry.of(acting, key.ref(), "revokedAt", null, acting.at(),
                    Reasons.optional("reason", reason))), List.of());
            return key.revokedBy(acting.user(), acting.at());
        });
    }
}
