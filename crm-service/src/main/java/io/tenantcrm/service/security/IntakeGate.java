package io.tenantcrm.service.security;

import io.tenantcrm.core.tenant.IntakeKey;
import io.tenantcrm.core.tenant.IntakeKeys;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.service.crm.PlatformTransactions;
import io.tenantcrm.service.tenant.KnownTenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/**
 * Lets a public intake request in by its intake key: the key must be its tenant's, not revoked, with the secret
 * issued, and the tenant active; then at most {@code crm.intake.posts-per-hour} posts per key (Bucket4j, counted
 * only for admitted posts, so someone without the secret cannot use up a form's allowance).
 */
@ApplicationScoped
public class IntakeGate {

    public static final String KEY_HEADER = "X-Intake-Key";
    private static final String CHALLENGE = "IntakeKey";

    @Inject
    @ConfigProperty(name = "crm.intake.posts-per-hour", defaultValue = "600")
    long postsPerHour;

    @Inject
    PlatformTransactions transactions;

    @Inject
    IntakeKeys keys;

    @Inject
    KnownTenants tenants;

    @Inject
    Clock clock;

    private ClientThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new ClientThrottle(postsPerHour, 10_000, clock);
    }

    public IntakeKey admit(String presentedKey) {
        IntakeKey.Presented presented = IntakeKey.Presented.parse(presentedKey).orElseThrow(() ->
                new NotAuthorizedException("Send the tenant's intake key in the " + KEY_HEADER + " header.", CHALLENGE));
        Tenant tenant = tenants.find(presented.tenant()).orElseThrow(() ->
                unknownKey());
        IntakeKey key = transactions.inTenant(presented.tenant(), () -> keys.find(presented.tenant(), presented.id()))
                .filter(found -> found.admits(presented))
                .orElseThrow(IntakeGate::unknownKey);
        if (!tenant.isActive()) {
            throw new ForbiddenException("the tenant is suspended: inquiries are not taken in");
        }
        throttle.tryAcquire(key.id().toString()).ifPresent(wait -> {
            throw new WebApplicationException("This intake key sent more than " + postsPerHour + " inquiries this"
                    + " hour; try again in " + wait.toSeconds() + " s.", Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, wait.toSeconds()).build());
        });
        transactions.inTenant(presented.tenant(), () -> keys.used(presented.tenant(), key.id(), clock.instant()));
        return key;
    }

    private static NotAuthorizedException unknownKey() {
        return new NotAuthorizedException("The intake key is unknown or revoked.", CHALLENGE);
    }
}
