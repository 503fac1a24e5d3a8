package io.tenantcrm.core.approval;

import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One level's decision on a quote version: why it is needed, who may decide (resolved to people when it was
 * assigned, so an approver's queue is a plain look-up), since when it waits, how often it went higher for waiting
 * too long, and the decision once made.
 */
public record ApprovalStep(int level, String name, List<ApprovalRule.Trigger> reasons, Approver approver,
                           Set<UserId> approvers, Instant waitingSince, int escalations, Decision decision) {

    /** A level a version needs, with the rules that fired. */
    public record Required(int level, String name, List<ApprovalRule.Trigger> reasons) {
        public Required {
            reasons = List.copyOf(reasons);
        }
    }

    /** Approved or rejected, by whom, when, and why (a rejection always says why). */
    public record Decision(boolean approved, UserId by, Instant at, String reason) {
        public Decision {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    public ApprovalStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(approver, "approver");
        reasons = List.copyOf(reasons);
        approvers = Set.copyOf(approvers);
    }

    public boolean isOpen() {
        return decision == null;
    }

    public Optional<Decision> decided() {
        return Optional.ofNullable(decision);
    }

    ApprovalStep decide(Decision made) {
        return new ApprovalStep(level, name, reasons, approver, approvers, waitingSince, escalations, made);
    }

    /** The step waiting from {@code at} for these people (it reached them, or went up to them). */
    ApprovalStep assign(Approver to, Set<UserId> people, Instant at, int escalated) {
        return new ApprovalStep(level, name, reasons, to, people, at, escalated, decision);
    }
}
