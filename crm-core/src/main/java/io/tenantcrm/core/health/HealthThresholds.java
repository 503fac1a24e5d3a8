package io.tenantcrm.core.health;

import java.time.Duration;
import java.util.Objects;

/**
 * A tenant's deal-health thresholds. Defaults from the brief: green with activity within 72 hours, red after 14
 * days without; in between (3 to 14 days) yellow. A stage older than its rotting days is yellow, older than
 * {@code rottenRedFactor} times them red.
 */
public record HealthThresholds(Duration greenWithin, Duration redAfter, int rottenRedFactor) {

    public HealthThresholds {
        Objects.requireNonNull(greenWithin, "greenWithin");
        Objects.requireNonNull(redAfter, "redAfter");
        if (greenWithin.isNegative() || redAfter.compareTo(greenWithin) <= 0) {
            throw new IllegalArgumentException("health thresholds need 0 <= greenWithin < redAfter");
        }
        if (rottenRedFactor < 1) {
            throw new IllegalArgumentException("rottenRedFactor must be at least 1");
        }
    }

    public static HealthThresholds defaults() {
        return new HealthThresholds(Duration.ofHours(72), Duration.ofDays(14), 2);
    }
}
