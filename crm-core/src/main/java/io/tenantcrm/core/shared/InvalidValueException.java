package io.tenantcrm.core.shared;

import java.util.Objects;

/**
 * A value that the domain refuses, with the field it came from and a message a person can act on
 * ("email must contain exactly one @"). Callers that know a more precise field path re-label it with
 * {@link #forField(String)}; the service turns it into a field-level problem detail.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidValueException(String field, String reason) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String field() {
        return field;
    }

    /** The message without the field name. */
    public String reason() {
        return reason;
    }

    /** The same refusal, named after the field the caller knows (e.g. {@code contact.email}). */
    public InvalidValueException forField(String preciseField) {
        return new InvalidValueException(preciseField, reason);
    }
}
