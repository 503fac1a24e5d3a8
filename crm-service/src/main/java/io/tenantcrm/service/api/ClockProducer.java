package io.tenantcrm.service.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The one place the service reads the wall clock; everything else gets a Clock injected. */
@ApplicationScoped
public class ClockProducer {

    @Produces // dependent scope: Clock has no no-arg constructor, so it cannot sit behind a scope proxy
    Clock clock() {
        return Clock.systemUTC();
    }
}
