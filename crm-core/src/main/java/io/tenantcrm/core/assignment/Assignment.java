package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of assigning one lead, explained: who gets it (nobody when nobody can: the lead waits in the
 * unassigned queue), the rule that matched, the pool it went through, and each step of the reasoning as a code and
 * its values ({@link AssignmentSteps}), so the ownership history can say it in the reader's language.
 */
public record Assignment(UserId assignee, String rule, String pool, List<Wording> steps) {

    public Assignment {
        steps = List.copyOf(steps);
    }

    /** Each step of the reasoning in English. */
    public List<String> explanation() {
        return steps.stream().map(AssignmentSteps::english).toList();
    }

    public Optional<UserId> owner() {
        return Optional.ofNullable(assignee);
    }

    /** The explanation as one sentence, kept as the reason of the ownership transfer. */
    public String reason() {
        return String.join("; ", explanation());
    }
}
