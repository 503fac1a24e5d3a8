package io.tenantcrm.core.shared;

import java.util.Objects;

/**
 * One broken rule: the field it is about (a path such as {@code nextStep.due}), what a person should do, and a
 * stable code for the kind of rule ({@code required}, {@code email}, ...), so that a client can say it in the
 * user's language. The message is English; the code never changes once published.
 */
public record Violation(String field, String message, String code) {

    /** The code of a rule that has no code of its own yet. */
    public static final String INVALID = "invalid";
    /** A value that must be given. */
    public static final String REQUIRED = "required";
    /** Text longer than the field takes. */
    public static final String TOO_LONG = "too-long";

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
    }

    public Violation(String field, String message) {
        this(field, message, INVALID);
    }

    public static Violation required(String field, String message) {
        return new Violation(field, message, REQUIRED);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
