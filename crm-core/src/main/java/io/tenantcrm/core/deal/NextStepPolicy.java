package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.Verdict;
import io.tenantcrm.core.shared.Violation;

import java.time.Duration;

/**
 * Every open deal has a next step due in the future, and no further ahead than its stage allows: a deal without
 * one is not being worked. Won and lost deals need none.
 */
public final class NextStepPolicy implements StageMovePolicy {

    @Override
    public Verdict check(StageMove move) {
        if (!move.to().isOpen()) {
            return Verdict.allowed();
        }
        NextStep next = move.nextStep();
        if (next == null) {
            return Verdict.rejected(new Violation("nextStep", "an open deal needs a next step: what and when"));
        }
        if (!next.due().isAfter(move.now())) {
            return Verdict.rejected(new Violation("nextStep.due", "must be in the future"));
        }
        Duration gap = move.to().maxNextStepGap();
        if (next.due().isAfter(move.now().plus(gap))) {
            return Verdict.rejected(new Violation("nextStep.due", "must be within " + describe(gap) + " in "
                    + move.to().name()));
        }
        return Verdict.allowed();
    }

    private static String describe(Duration gap) {
        long days = gap.toDays();
        if (days * 24 == gap.toHours() && days > 0) {
            return days == 1 ? "1 day" : days + " days";
        }
        return gap.toHours() == 1 ? "1 hour" : gap.toHours() + " hours";
    }
}
