package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.RuleViolationException;

/** Reasons demanded by the rules (transfers, reopenings, edits to history) must say something. */
public final class Reasons {

    public static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    public static String require(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(field, "a reason is required");
        }
        if (reason.length() > MAX_LENGTH) {
            throw new RuleViolationException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return reason.strip();
    }
}
