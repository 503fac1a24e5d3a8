package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.shared.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Each tenant's name frequencies, counted when first asked and again once older than {@code maxAge}: names become
 * common slowly, so a check need not count them every time (four aggregates over the tenant's index).
 */
public final class KeptFrequencies implements Function<TenantId, ValueFrequencies> {

    private record Counted(ValueFrequencies frequencies, Instant at) {
    }

    private final Function<TenantId, ValueFrequencies> count;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<TenantId, Counted> counted = new ConcurrentHashMap<>();

    public KeptFrequencies(Function<TenantId, ValueFrequencies> count, Clock clock, Duration maxAge) {
        this.count = Objects.requireNonNull(count, "count");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    }

    @Override
    public ValueFrequencies apply(TenantId tenant) {
        Instant now = clock.instant();
        Counted kept = counted.get(tenant);
        if (kept == null || kept.at().plus(maxAge).isBefore(now)) {
            kept = new Counted(count.apply(tenant), now);
            counted.put(tenant, kept);
        }
        return kept.frequencies();
    }
}
