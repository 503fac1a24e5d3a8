package io.tenantcrm.core.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tenant's assignment rules, in order (the first that matches wins), its pools, and the fallback that takes
 * whatever no rule or no available pool member takes. Rule names are unique and every pool a rule names exists.
 */
public record AssignmentPolicy(List<AssignmentRule> rules, Map<String, SalesPool> pools, AssignmentTarget fallback) {

    public AssignmentPolicy {
        rules = List.copyOf(rules);
        pools = Map.copyOf(pools);
        Objects.requireNonNull(fallback, "fallback");
        Set<String> names = new HashSet<>();
        for (AssignmentRule rule : rules) {
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("two rules are named " + rule.name());
            }
            requirePool(rule.target(), pools, "rule " + rule.name());
        }
        requirePool(fallback, pools, "the fallback");
    }

    public static AssignmentPolicy of(List<AssignmentRule> rules, List<SalesPool> pools, AssignmentTarget fallback) {
        return new AssignmentPolicy(rules, pools.stream().collect(Collectors.toMap(SalesPool::name,
                Function.identity())), fallback);
    }

    public Optional<SalesPool> pool(String name) {
        return Optional.ofNullable(pools.get(name));
    }

    private static void requirePool(AssignmentTarget target, Map<String, SalesPool> pools, String who) {
        if (target instanceof AssignmentTarget.Pool pool && !pools.containsKey(pool.name())) {
            throw new IllegalArgumentException(who + " sends leads to pool " + pool.name() + ", which does not exist");
        }
    }
}
