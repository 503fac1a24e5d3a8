package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of assigning one lead, explained: who gets it (nobody when nobody can: the lead waits in the
 * unassigned queue), the rule that matched, the pool it went through, and each step of the reasoning in words.
 */
public record Assignment(UserId assignee, String rule, String pool, List<String> explanation) {

    public Assignment {
        explanation = List.copyOf(explanation);
    }

    public Optional<UserId> owner() {
        return Optional.ofNullable(assignee);
    }

    /** The explanation as one sentence, kept as the reason of the ownership transfer. */
    public String reason() {
        return String.join("; ", explanation);
    }
}
