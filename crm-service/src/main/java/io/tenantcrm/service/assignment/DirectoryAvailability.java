package io.tenantcrm.service.assignment;

import io.tenantcrm.core.assignment.Availability;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.service.identity.KeycloakConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Who of a tenant can take leads, as Keycloak knows it (deactivated people cannot), read at most once a minute
 * per tenant: lead intake must not wait for the directory. Working hours and leave per person come later.
 */
@ApplicationScoped
public class DirectoryAvailability {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Kept(Availability availability, Instant readAt) {
    }

    private final Map<TenantId, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    KeycloakConnection keycloak;

    @Inject
    Clock clock;

    public Availability of(TenantId tenant) {
        Instant now = clock.instant();
        Kept current = kept.get(tenant);
        if (current != null && current.readAt().plus(FRESH_FOR).isAfter(now)) {
            return current.availability();
        }
        Set<UserId> inactive = keycloak.directory().members(tenant).stream().filter(p -> !p.enabled())
                .map(IdentityDirectory.Person::id).collect(Collectors.toSet());
        Availability availability = new Availability(inactive, Map.of(), Map.of());
        kept.put(tenant, new Kept(availability, now));
        return availability;
    }
}
