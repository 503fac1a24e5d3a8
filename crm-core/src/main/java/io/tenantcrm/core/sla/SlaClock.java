package io.tenantcrm.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one promise stands: when it is due, when it was kept (if it was), and, seen from {@code now}, whether it
 * is breached and how much business time is left. A value rebuilt whole from its facts, never patched.
 */
public record SlaClock(String name, Instant due, Instant keptAt, boolean breached, Duration timeLeft) {

    public SlaClock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(timeLeft, "timeLeft");
    }

    /** The clock's state at {@code now}; it stopped at {@code keptAt} if that is set. */
    public static SlaClock of(String name, Instant due, Instant keptAt, Instant now, BusinessHours hours) {
        Instant end = keptAt == null ? now : keptAt;
        boolean breached = end.isAfter(due);
        Duration left = keptAt != null || breached ? Duration.ZERO : hours.between(now, due);
        return new SlaClock(name, due, keptAt, breached, left);
    }

    public boolean isRunning() {
        return keptAt == null && !breached;
    }

    public Optional<Instant> kept() {
        return Optional.ofNullable(keptAt);
    }
}
