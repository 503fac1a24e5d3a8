package io.tenantcrm.core.shared;

import java.util.Objects;

/** One broken rule: the field it is about (a path such as {@code nextStep.due}) and what a person should do. */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
