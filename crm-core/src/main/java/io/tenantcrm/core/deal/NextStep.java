package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happens next on a deal and when ("send revised quote", Friday 10:00). An open deal without one is not being
 * worked.
 */
public record NextStep(String action, Instant due) {

    public static final int MAX_ACTION = 200;

    public NextStep {
        if (action == null || action.isBlank()) {
            throw new RuleViolationException(List.of(Violation.required("nextStep.action", "say what happens next")));
        }
        action = action.strip();
        if (action.length() > MAX_ACTION) {
            throw new RuleViolationException(List.of(new Violation("nextStep.action", "must be at most " + MAX_ACTION
                    + " characters", Violation.TOO_LONG)));
        }
        Objects.requireNonNull(due, "due");
    }

    public boolean isOverdue(Instant now) {
        return due.isBefore(now);
    }

    @Override
    public String toString() {
        return action + " @ " + due;
    }
}
