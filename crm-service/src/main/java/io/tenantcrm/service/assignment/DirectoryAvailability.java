package io.tenantcrm.service.assignment;

import io.tenantcrm.core.assignment.Availability;
import io.tenantcrm.core.assignment.PersonSchedules;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
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
 * Who of a tenant can take leads: not deactivated in Keycloak, inside their working hours, not on leave. Read at
 * most once a minute per tenant (lead intake must not wait for the directory), and read again at once when a
 * schedule changes here.
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

    @Inject
    PersonSchedules schedules;

    @Inject
    UnitOfWork unitOfWork;

    /** A schedule of the tenant changed: the next intake reads them again. */
    public void forget(TenantId tenant) {
        kept.remove(tenant);
    }

    public Availability of(TenantId tenant) {
        Instant now = clock.instant();
        Kept current = kept.get(tenant);
        if (current != null && current.readAt().plus(FRESH_FOR).isAfter(now)) {
            return current.availability();
        }
        Set<UserId> inactive = keycloak.directory().members(tenant).stream().filter(p -> !p.enabled())
                .map(IdentityDirectory.Person::id).collect(Collectors.toSet());
        Availability availability = Availability.of(inactive, unitOfWork.inTransaction(() -> schedules.of(tenant)));
        kept.put(tenant, new Kept(availability, now));
        return availability;
    }
}
