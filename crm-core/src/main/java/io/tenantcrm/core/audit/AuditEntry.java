package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to one field of one record: who, when, old value, new value, and the reason where one is needed
 * (an ownership transfer, an edit to history, a reopened deal). Values are kept as text so the trail outlives
 * any change of the model. A created record has no old value; a cleared field has no new value. A reason the CRM
 * worked out itself (an assignment rule's reasoning) also comes step by step as codes and values ({@code said}),
 * so a screen can say it in the reader's language; a reason a person typed has none.
 */
public record AuditEntry(TenantId tenant, RecordRef record, String field, String oldValue, String newValue,
                         UserId actor, Instant at, String reason, List<Wording> said) {

    public AuditEntry {
        said = said == null ? List.of() : List.copyOf(said);
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    public AuditEntry(TenantId tenant, RecordRef record, String field, String oldValue, String newValue,
                      UserId actor, Instant at, String reason) {
        this(tenant, record, field, oldValue, newValue, actor, at, reason, List.of());
    }

    public static AuditEntry of(Acting acting, RecordRef record, String field, Object oldValue, Object newValue,
                                String reason) {
        return new AuditEntry(acting.tenant(), record, field, text(oldValue), text(newValue), acting.user(),
                acting.at(), reason);
    }

    /** The same entry with the reason's steps as the CRM's own wording. */
    public AuditEntry saying(List<Wording> steps) {
        return new AuditEntry(tenant, record, field, oldValue, newValue, actor, at, reason, steps);
    }

    public Optional<String> reasonGiven() {
        return Optional.ofNullable(reason);
    }

    private static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(String::valueOf).orElse(null);
        }
        return value == null ? null : String.valueOf(value);
    }
}
