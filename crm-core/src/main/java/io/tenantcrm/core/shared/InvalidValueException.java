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
    private final String code;

    public InvalidValueException(String field, String reason) {
        this(field, reason, Violation.INVALID);
    }

    /** With the stable code of the rule ({@link Violation#code()}). */
    public InvalidValueException(String field, String reason, String code) {
        super(field + ": " + reason);
        this.field = Objects.requireNonNull(field, "field");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /** The refusal as a violation of its field. */
    public Violation violation() {
        return new Violation(field, reason, code);
    }

    /** The message without the field name. */
    public String reason() {
        return reason;
    }

    /** The same refusal, named after the field the caller knows (e.g. {@code contact.email}). */
    public InvalidValueException forField(String preciseField) {
        return new InvalidValueException(preciseField, reason, code);
    }
}
