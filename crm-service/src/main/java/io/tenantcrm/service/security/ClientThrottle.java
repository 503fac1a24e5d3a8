package io.tenantcrm.service.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * At most {@code perHour} attempts per client address, refilled evenly over the hour (Bucket4j token buckets). The
 * most recently seen {@code maxClients} addresses are remembered; an address forgotten starts afresh, which only
 * matters under a flood of distinct addresses, where a per-address limit cannot help anyway.
 */
public final class ClientThrottle {

    private final long perHour;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public ClientThrottle(long perHour, int maxClients, Clock clock) {
        if (perHour < 1) {
            throw new IllegalArgumentException("perHour must be at least 1");
        }
        this.perHour = perHour;
        Objects.requireNonNull(clock, "clock");
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Takes one attempt for the client; empty when allowed, otherwise how long until the next one is. */
    public Optional<Duration> tryAcquire(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, key -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                    .withCustomTimePrecision(time)
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        // Retry-After is in whole seconds; round up so a client that obeys it is let in
        return Optional.of(Duration.ofSeconds(Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L)
                / 1_000_000_000L)));
    }
}
