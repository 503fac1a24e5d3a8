package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to one field of one record: who, when, old value, new value, and the reason where one is needed
 * (an ownership transfer, an edit to history, a reopened deal). Values are kept as text so the trail outlives
 * any change of the model. A created record has no old value; a cleared field has no new value.
 */
public record AuditEntry(TenantId tenant, RecordRef record, String field, String oldValue, String newValue,
                         UserId actor, Instant at, String reason) {

    public AuditEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    public static AuditEntry of(Acting acting, RecordRef record, String field, Object oldValue, Object newValue,
                                String reason) {
        return new AuditEntry(acting.tenant(), record, field, text(oldValue), text(newValue), acting.user(),
                acting.at(), reason);
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
