package io.tenantcrm.core.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before trying a failed delivery again: {@code firstPause}, then twice as long each time, never
 * longer than {@code longestPause}, and no more than {@code attempts} tries in all. The defaults (10 tries, 1 min
 * doubling up to 6 h) keep trying for about 8.5 hours, enough to outlast a receiver's night-time outage.
 */
public record RetrySchedule(int attempts, Duration firstPause, Duration longestPause) {

    public static final RetrySchedule DEFAULT = new RetrySchedule(10, Duration.ofMinutes(1), Duration.ofHours(6));

    public RetrySchedule {
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(longestPause, "longestPause");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("pauses must be positive, the longest at least the first");
        }
    }

    /** The pause after {@code attemptsMade} failed tries, or empty when the delivery has had all its tries. */
    public Optional<Duration> pauseAfter(int attemptsMade) {
        if (attemptsMade >= attempts) {
            return Optional.empty();
        }
        Duration pause = firstPause;
        for (int i = 1; i < attemptsMade && pause.compareTo(longestPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return Optional.of(pause.compareTo(longestPause) > 0 ? longestPause : pause);
    }
}
