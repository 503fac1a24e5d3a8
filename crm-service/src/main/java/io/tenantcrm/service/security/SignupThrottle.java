package io.tenantcrm.service.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Slows down signups per client address ({@code crm.signup.attempts-per-hour}, every attempt counts, valid or
 * not), so the public endpoint cannot be used to probe taken slugs and emails or to flood Keycloak with users.
 * Kept per service instance: with N instances behind a balancer a client gets at most N times the limit.
 */
@ApplicationScoped
public class SignupThrottle {

    @Inject
    @ConfigProperty(name = "crm.signup.attempts-per-hour", defaultValue = "10")
    long attemptsPerHour;

    @Inject
    @ConfigProperty(name = "crm.trusted-proxies", defaultValue = " ")
    String trustedProxies;

    @Inject
    Clock clock;

    private ClientThrottle throttle;
    private Set<String> proxies;

    @PostConstruct
    void start() {
        throttle = new ClientThrottle(attemptsPerHour, 10_000, clock);
        proxies = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Empty when the attempt may go on; otherwise how long the client must wait. */
    public Optional<Duration> attempt(String peer, String forwardedFor) {
        return throttle.tryAcquire(ClientAddress.of(peer, forwardedFor, proxies));
    }
}
