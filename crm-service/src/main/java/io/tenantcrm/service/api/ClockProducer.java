package io.tenantcrm.service.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** The one place the service reads the wall clock; everything else gets a Clock injected. */
@ApplicationScoped
public class ClockProducer {

    @Produces // dependent scope: Clock has no no-arg constructor, so it cannot sit behind a scope proxy
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    /**
     * The system clock in whole microseconds, as PostgreSQL keeps time, so an answer shows an instant exactly as
     * it is stored. (Clock.tick with a sub-millisecond tick divides by zero in millis() on Java 17.)
     */
    static final class MicrosecondClock extends Clock {
        private final Clock system;

        MicrosecondClock(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(system.withZone(zone));
        }

        @Override
        public long millis() {
            return system.millis();
        }

        @Override
        public Instant instant() {
            return system.instant().truncatedTo(ChronoUnit.MICROS);
        }
    }
}
