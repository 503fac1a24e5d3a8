package io.tenantcrm.service.api;

import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UserId;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Reading request values the way every resource does: enum names in either spelling ({@code web-form},
 * {@code WEB_FORM}), refused with the field's name and the values that would do.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A required enum value. */
    public static <E extends Enum<E>> E required(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An optional enum value: blank or absent is null. */
    public static <E extends Enum<E>> E optional(Class<E> type, String value, String field) {
        return value == null || value.isBlank() ? null : required(type, value, field);
    }

    /** A user id the body names (an owner, a colleague): required, and no longer than ids are. */
    public static UserId userId(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "name the person by their user id (see /admin/users)");
        }
        try {
            return UserId.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a user id: " + e.getMessage());
        }
    }

    /** A BCP 47 language tag such as {@code de} or {@code pt-BR}; blank or absent is null. */
    public static Locale language(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() > 35) {
                throw new IllformedLocaleException("too long");
            }
            return new Locale.Builder().setLanguageTag(value.strip()).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException(field, "must be a language tag such as de or pt-BR");
        }
    }

    /** A JSON body is needed. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
    }
}
