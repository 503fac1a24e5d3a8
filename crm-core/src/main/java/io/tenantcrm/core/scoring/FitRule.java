package io.tenantcrm.core.scoring;

import io.tenantcrm.core.shared.Wording;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The lead fits what the tenant sells and where: its country, product line or company type is in the target set. */
public record FitRule<T>(String rule, String input, Function<LeadSignals, T> value, Set<T> targets, int points)
        implements ScoringRule {

    public FitRule {
        Objects.requireNonNull(rule, "rule");
        targets = Set.copyOf(targets);
        if (points < 0) {
            throw new IllegalArgumentException(rule + ": points must not be negative");
        }
    }

    @Override
    public int maxPoints() {
        return points;
    }

    @Override
    public RuleHit evaluate(LeadSignals lead) {
        T actual = value.apply(lead);
        if (actual == null) {
            return new RuleHit(rule, input + " unknown", 0, points,
                    new Wording("unknown", java.util.Map.of("field", input)));
        }
        boolean fits = targets.contains(actual);
        return new RuleHit(rule, input + "=" + actual + (fits ? " (target)" : " (not a target)"), fits ? points : 0,
                points, new Wording(fits ? "target" : "not-target", java.util.Map.of("field", input,
                        "value", String.valueOf(actual))));
    }
}
