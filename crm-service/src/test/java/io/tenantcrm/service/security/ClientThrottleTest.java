package io.tenantcrm.service.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-25T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void a_client_gets_its_attempts_then_waits_for_the_next_one() {
        HandClock clock = new HandClock();
        ClientThrottle throttle = new ClientThrottle(6, 100, clock);

        for (int i = 0; i < 6; i++) {
            assertThat(throttle.tryAcquire("198.51.100.7")).as("attempt " + (i + 1)).isEmpty();
        }
        assertThat(throttle.tryAcquire("198.51.100.7")).contains(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire("198.51.100.8")).as("another client").isEmpty();

        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(throttle.tryAcquire("198.51.100.7")).isEmpty();
        assertThat(throttle.tryAcquire("198.51.100.7")).isPresent();
    }

    @Test
    void the_least_recently_seen_client_is_forgotten_beyond_the_bound() {
        ClientThrottle throttle = new ClientThrottle(1, 2, new HandClock());
        throttle.tryAcquire("a");
        throttle.tryAcquire("b");
        throttle.tryAcquire("c");

        assertThat(throttle.tryAcquire("a")).as("a was forgotten, so it starts afresh").isEmpty();
        assertThat(throttle.tryAcquire("c")).as("c is remembered").isPresent();
    }

    @Test
    void forwarded_addresses_count_only_from_a_trusted_proxy() {
        Set<String> proxies = Set.of("10.0.0.5");

        assertThat(ClientAddress.of("10.0.0.5", "203.0.113.9", proxies)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 203.0.113.9, 10.0.0.5", proxies))
                .as("the client's own X-Forwarded-For entries are not trusted").isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("198.51.100.1", "203.0.113.9", proxies)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.5", null, proxies)).isEqualTo("10.0.0.5");
    }
}
