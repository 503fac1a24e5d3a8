package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides who gets a lead, and says why. The first rule that matches sends it to a person or a pool; a pool
 * gives it to the next member in turn or to the least loaded, skipping whoever is unavailable or at the cap. If
 * the rule's target has nobody available, the tenant's fallback takes the lead; if the fallback cannot either,
 * the lead waits unassigned, with the reason. Pure: the caller supplies the pools' state and who is available,
 * and stores the new rotation pointer.
 */
public final class LeadAssigner {

    private final AssignmentPolicy policy;

    public LeadAssigner(AssignmentPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Assignment assign(LeadFacts lead, Function<String, PoolState> poolStates, Availability availability,
                             Instant at) {
        List<String> explanation = new ArrayList<>();
        String ruleName = null;
        AssignmentTarget target = null;
        for (AssignmentRule rule : policy.rules()) {
            Optional<List<String>> why = rule.match(lead);
            if (why.isPresent()) {
                ruleName = rule.name();
                target = rule.target();
                explanation.add("rule '" + rule.name() + "' matched: " + String.join(", ", why.get()));
                break;
            }
        }
        if (target == null) {
            explanation.add("no rule matched");
        } else {
            Optional<Assignment> chosen = tryTarget(target, ruleName, poolStates, availability, at, explanation);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        explanation.add("so the fallback takes it");
        Optional<Assignment> fallback = tryTarget(policy.fallback(), ruleName, poolStates, availability, at,
                explanation);
        if (fallback.isPresent()) {
            return fallback.get();
        }
        explanation.add("so the lead waits in the unassigned queue");
        return new Assignment(null, ruleName, null, explanation);
    }

    private Optional<Assignment> tryTarget(AssignmentTarget target, String rule,
                                           Function<String, PoolState> poolStates, Availability availability,
                                           Instant at, List<String> explanation) {
        if (target instanceof AssignmentTarget.Person person) {
            Optional<String> away = availability.whyUnavailable(person.user(), at);
            if (away.isPresent()) {
                explanation.add(away.get());
                return Optional.empty();
            }
            explanation.add("assigned to " + person.user());
            return Optional.of(new Assignment(person.user(), rule, null, explanation));
        }
        SalesPool pool = policy.pool(((AssignmentTarget.Pool) target).name()).orElseThrow();
        PoolState state = poolStates.apply(pool.name());
        List<UserId> candidates = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (UserId member : inTurn(pool, state)) {
            Optional<String> away = availability.whyUnavailable(member, at);
            if (away.isPresent()) {
                skipped.add(away.get());
            } else if (pool.cap() != null && state.openLeadsOf(member) >= pool.cap()) {
                skipped.add(member + " holds " + state.openLeadsOf(member) + " open leads (cap " + pool.cap() + ")");
            } else {
                candidates.add(member);
            }
        }
        String via = "pool '" + pool.name() + "' (" + pool.distribution().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ")" + (skipped.isEmpty() ? "" : ", skipping: " + String.join(", ", skipped));
        if (candidates.isEmpty()) {
            explanation.add(via + "; nobody in it can take the lead");
            return Optional.empty();
        }
        UserId chosen = pool.distribution() == SalesPool.Distribution.ROUND_ROBIN ? candidates.get(0)
                : candidates.stream().min(Comparator.comparingInt(state::openLeadsOf)).orElseThrow();
        explanation.add(via + "; assigned to " + chosen + (pool.distribution() == SalesPool.Distribution.LEAST_LOADED
                ? " with " + state.openLeadsOf(chosen) + " open leads, the fewest" : ", next in turn"));
        return Optional.of(new Assignment(chosen, rule, pool.name(), explanation));
    }

    /** The members starting after the last one who got a lead, wrapping round (ties in load go the same way). */
    private static List<UserId> inTurn(SalesPool pool, PoolState state) {
        List<UserId> members = pool.members();
        int last = state.lastAssigned() == null ? -1 : members.indexOf(state.lastAssigned());
        List<UserId> order = new ArrayList<>(members.size());
        for (int i = 1; i <= members.size(); i++) {
            order.add(members.get((last + i) % members.size()));
        }
        return order;
    }
}
