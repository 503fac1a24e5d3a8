package io.tenantcrm.service.api;

import io.tenantcrm.core.shared.InvalidValueException;

import java.util.Arrays;
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

    /** A JSON body is needed. */
    public static void requireBody(Object body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
    }
}
