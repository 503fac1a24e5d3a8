package io.tenantcrm.core.scoring;

import io.tenantcrm.core.shared.Wording;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule about the terms the buyer asked for: full points when the tenant accepts them, {@code unknownPoints} when
 * the buyer has not said, nothing when they are terms the tenant does not do.
 */
public record AcceptableTerms<T>(String rule, String input, Function<LeadSignals, T> requested, Set<T> acceptable,
                                 int points, int unknownPoints) implements ScoringRule {

    public AcceptableTerms {
        Objects.requireNonNull(rule, "rule");
        acceptable = Set.copyOf(acceptable);
        if (points < 0 || unknownPoints < 0 || unknownPoints > points) {
            throw new IllegalArgumentException(rule + ": 0 <= unknownPoints <= points");
        }
    }

    @Override
    public int maxPoints() {
        return points;
    }

    @Override
    public RuleHit evaluate(LeadSignals lead) {
        T value = requested.apply(lead);
        if (value == null) {
            return new RuleHit(rule, input + " not stated", unknownPoints, points,
                    new Wording("not-stated", java.util.Map.of("field", input)));
        }
        boolean ok = acceptable.contains(value);
        return new RuleHit(rule, input + "=" + value + (ok ? " (acceptable)" : " (not acceptable)"), ok ? points : 0,
                points, new Wording(ok ? "acceptable" : "not-acceptable", java.util.Map.of("field", input,
                        "value", String.valueOf(value))));
    }
}
