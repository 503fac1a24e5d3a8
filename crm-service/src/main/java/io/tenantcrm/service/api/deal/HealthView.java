package io.tenantcrm.service.api.deal;

import io.tenantcrm.core.health.DealHealthRating;

import java.util.List;

/** A deal's health with every signal, for a manager to see why. */
public record HealthView(String color, List<Signal> signals) {

    public record Signal(String signal, long value, long threshold, String effect, String explanation) {
    }

    public static HealthView of(DealHealthRating rating) {
        return new HealthView(rating.color().name(), rating.signals().stream()
                .map(s -> new Signal(s.kind().name(), s.value(), s.threshold(), s.effect().name(), s.describe()))
                .toList());
    }
}
