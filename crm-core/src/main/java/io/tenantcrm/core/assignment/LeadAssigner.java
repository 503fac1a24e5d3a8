package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
        List<Wording> explanation = new ArrayList<>();
        String ruleName = null;
        AssignmentTarget target = null;
        for (AssignmentRule rule : policy.rules()) {
            Optional<List<Wording>> why = rule.match(lead);
            if (why.isPresent()) {
                ruleName = rule.name();
                target = rule.target();
                explanation.add(AssignmentSteps.ruleMatched(rule.name()));
                explanation.addAll(why.get());
                break;
            }
        }
        if (target == null) {
            explanation.add(AssignmentSteps.noRuleMatched());
        } else {
            Optional<Assignment> chosen = tryTarget(target, ruleName, poolStates, availability, at, explanation);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        explanation.add(AssignmentSteps.fallback());
        Optional<Assignment> fallback = tryTarget(policy.fallback(), ruleName, poolStates, availability, at,
                explanation);
        if (fallback.isPresent()) {
            return fallback.get();
        }
        explanation.add(AssignmentSteps.waitsUnassigned());
        return new Assignment(null, ruleName, null, explanation);
    }

    private Optional<Assignment> tryTarget(AssignmentTarget target, String rule,
                                           Function<String, PoolState> poolStates, Availability availability,
                                           Instant at, List<Wording> explanation) {
        if (target instanceof AssignmentTarget.Person person) {
            Optional<Wording> away = availability.whyUnavailable(person.user(), at);
            if (away.isPresent()) {
                explanation.add(away.get());
                return Optional.empty();
            }
            explanation.add(AssignmentSteps.assigned(person.user()));
            return Optional.of(new Assignment(person.user(), rule, null, explanation));
        }
        SalesPool pool = policy.pool(((AssignmentTarget.Pool) target).name()).orElseThrow();
        PoolState state = poolStates.apply(pool.name());
        List<UserId> candidates = new ArrayList<>();
        explanation.add(AssignmentSteps.pool(pool));
        for (UserId member : inTurn(pool, state)) {
            Optional<Wording> away = availability.whyUnavailable(member, at);
            if (away.isPresent()) {
                explanation.add(away.get());
            } else if (pool.cap() != null && state.openLeadsOf(member) >= pool.cap()) {
                explanation.add(AssignmentSteps.overCap(member, state.openLeadsOf(member), pool.cap()));
            } else {
                candidates.add(member);
            }
        }
        if (candidates.isEmpty()) {
            explanation.add(AssignmentSteps.poolNobody());
            return Optional.empty();
        }
        UserId chosen = pool.distribution() == SalesPool.Distribution.ROUND_ROBIN ? candidates.get(0)
                : candidates.stream().min(Comparator.comparingInt(state::openLeadsOf)).orElseThrow();
        explanation.add(pool.distribution() == SalesPool.Distribution.LEAST_LOADED
                ? AssignmentSteps.assignedFewest(chosen, state.openLeadsOf(chosen))
                : AssignmentSteps.assignedInTurn(chosen));
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
