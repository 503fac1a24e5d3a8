package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.util.List;

/** Reasons demanded by the rules (transfers, reopenings, edits to history) must say something. */
public final class Reasons {

    public static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    public static String require(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(List.of(Violation.required(field, "a reason is required")));
        }
        if (reason.length() > MAX_LENGTH) {
            throw new RuleViolationException(List.of(new Violation(field, "must be at most " + MAX_LENGTH
                    + " characters", Violation.TOO_LONG)));
        }
        return reason.strip();
    }

    /** A reason the rules do not demand here, but kept when given: checked the same way; blank is null. */
    public static String optional(String field, String reason) {
        return reason == null || reason.isBlank() ? null : require(field, reason);
    }
}
