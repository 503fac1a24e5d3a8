package io.tenantcrm.core.tenant;

import java.util.List;
import java.util.Objects;

/**
 * What kind of value a tenant setting takes, so a screen can offer the input that fits (a number and a unit for a
 * duration, a list to choose from) instead of asking for ISO-8601 text. The check in {@link SettingKeys} stays the
 * rule; the kind only helps to meet it.
 *
 * @param type    the kind of value
 * @param options the values to choose from ({@link Type#CHOICE}) or to list from ({@link Type#LIST}); else empty
 */
public record SettingKind(Type type, List<String> options) {

    public enum Type {
        /** An ISO-8601 duration, such as {@code PT72H} or {@code P21D}. */
        DURATION,
        /** A positive number, such as {@code 1.5}. */
        NUMBER,
        /** A whole number of days, 0 to 365. */
        DAYS,
        /** A score above 0 and at most 1, such as {@code 0.85}. */
        SCORE,
        /** Comma-separated values, from {@link #options()} when it has any. */
        LIST,
        /** One of {@link #options()}. */
        CHOICE,
        /** A time zone id, such as {@code Asia/Shanghai}. */
        TIME_ZONE,
        /** A person of the tenant, by user id. */
        PERSON,
        /** Text of its own grammar (business hours, approval levels), explained where it is documented. */
        TEXT
    }

    public SettingKind {
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }

    static SettingKind of(Type type) {
        return new SettingKind(type, List.of());
    }
}
