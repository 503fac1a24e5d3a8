package io.tenantcrm.core.scoring;

import io.tenantcrm.core.shared.Wording;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A rule that reads one answer of the qualification and gives the points the tenant set for it
 * (e.g. need clarity: drawings 20, price only 0). Answers without points give 0.
 */
public record PointsByAnswer<E extends Enum<E>>(String rule, String input, Function<LeadSignals, E> answer,
                                                Map<E, Integer> points) implements ScoringRule {

    public PointsByAnswer {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(answer, "answer");
        points = Map.copyOf(points);
        if (points.values().stream().anyMatch(p -> p < 0)) {
            throw new IllegalArgumentException(rule + ": points must not be negative");
        }
    }

    public static <E extends Enum<E>> PointsByAnswer<E> of(String rule, String input, Class<E> type,
                                                           Function<LeadSignals, E> answer, Object... valuePoints) {
        Map<E, Integer> points = new EnumMap<>(type);
        for (int i = 0; i < valuePoints.length; i += 2) {
            points.put(type.cast(valuePoints[i]), (Integer) valuePoints[i + 1]);
        }
        return new PointsByAnswer<>(rule, input, answer, points);
    }

    @Override
    public int maxPoints() {
        return points.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    @Override
    public RuleHit evaluate(LeadSignals lead) {
        E value = answer.apply(lead);
        return new RuleHit(rule, input + "=" + value, points.getOrDefault(value, 0), maxPoints(),
                new Wording("answer", Map.of("field", input, "value", String.valueOf(value))));
    }
}
