package io.tenantcrm.core.approval;

import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a quote version's approval stands: the steps its policy asked for, decided one after the other. The first
 * open step is the one waiting; the approval is granted when every step is approved and refused as soon as one is
 * rejected. A value: each decision returns a new one.
 *
 * <p>Rules every decision keeps: only the people the waiting step is assigned to decide it; nobody decides a step
 * on a quote they own or made; a rejection says why.
 */
public record Approval(List<ApprovalStep> steps) {

    /** Violation codes. */
    public static final String OWN_QUOTE = "own-quote";
    public static final String NOT_APPROVER = "not-approver";

    public Approval {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an approval has at least one step");
        }
    }

    public Optional<ApprovalStep> waiting() {
        if (isRejected()) {
            return Optional.empty();
        }
        return steps.stream().filter(ApprovalStep::isOpen).findFirst();
    }

    public boolean isGranted() {
        return steps.stream().allMatch(s -> s.decided().map(ApprovalStep.Decision::approved).orElse(false));
    }

    public boolean isRejected() {
        return steps.stream().anyMatch(s -> s.decided().map(d -> !d.approved()).orElse(false));
    }

    /**
     * The waiting step decided by {@code by}; the next step (if any) is assigned to {@code next} from now.
     *
     * @param owners the quote's owner and the version's maker: they never decide on it
     */
    public Approval decide(UserId by, boolean approve, String reason, Set<UserId> owners, Instant at,
                           Approver nextApprover, Set<UserId> next) {
        ApprovalStep step = waiting().orElseThrow(() -> new RuleViolationException("approval",
                "nothing waits for a decision"));
        if (owners.contains(by)) {
            throw new RuleViolationException(List.of(new Violation("approval", "nobody approves their own quote",
                    OWN_QUOTE)));
        }
        if (!step.approvers().contains(by)) {
            throw new RuleViolationException(List.of(new Violation("approval", "the " + step.name()
                    + " step waits for " + step.approver() + ", not for you", NOT_APPROVER)));
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new RuleViolationException(List.of(Violation.required("reason", "say why it is rejected")));
        }
        List<ApprovalStep> decided = new ArrayList<>(steps);
        int index = steps.indexOf(step);
        decided.set(index, step.decide(new ApprovalStep.Decision(approve, by, at,
                reason == null || reason.isBlank() ? null : reason.strip())));
        if (approve && index + 1 < steps.size()) {
            decided.set(index + 1, steps.get(index + 1).assign(nextApprover, next, at, 0));
        }
        return new Approval(decided);
    }

    /** The waiting step goes up to {@code to}, waiting afresh from {@code at}. */
    public Approval escalate(Approver to, Set<UserId> people, Instant at) {
        ApprovalStep step = waiting().orElseThrow(() -> new IllegalStateException("nothing waits"));
        List<ApprovalStep> escalated = new ArrayList<>(steps);
        escalated.set(steps.indexOf(step), step.assign(to, people, at, step.escalations() + 1));
        return new Approval(escalated);
    }
}
