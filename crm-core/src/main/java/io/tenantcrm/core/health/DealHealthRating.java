package io.tenantcrm.core.health;

import io.tenantcrm.core.deal.DealId;

import java.util.List;
import java.util.stream.Collectors;

/** A deal's health: the worst color among its signals, with every signal so a manager can see why. */
public record DealHealthRating(DealId deal, HealthColor color, List<HealthSignal> signals) {

    public DealHealthRating {
        signals = List.copyOf(signals);
    }

    /** The signals that are not fine, worst first. */
    public List<HealthSignal> problems() {
        return signals.stream().filter(s -> s.effect() != HealthColor.GREEN)
                .sorted((a, b) -> b.effect().compareTo(a.effect())).toList();
    }

    public String explain() {
        return color + ": " + signals.stream().map(HealthSignal::describe).collect(Collectors.joining("; "));
    }
}
