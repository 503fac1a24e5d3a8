package io.tenantcrm.service.webhook;

import io.tenantcrm.core.webhook.Delivery;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.startup.DatabaseStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries, every {@code crm.webhooks.sender.interval}. Safe with several instances: each
 * claims due deliveries for a lease ({@code FOR UPDATE SKIP LOCKED}) and sends each in its tenant only if it is
 * still pending and due. A receiver gets a delivery at least once; one that answers slowly delays the rest of the
 * batch by at most the timeout ({@code crm.webhooks.timeout}). Metrics: deliveries per tenant and outcome.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    @Inject
    WebhookWiring wiring;

    @Inject
    Clock clock;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "crm.webhooks.sender.interval", defaultValue = "PT5S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "crm.webhooks.sender.batch", defaultValue = "50")
    int batch;

    @Inject
    @ConfigProperty(name = "crm.webhooks.sender.lease", defaultValue = "PT5M")
    Duration lease;

    private final String instance = "service-" + UUID.randomUUID();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        ticking = executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            DueClaims due = new DueClaims(dataSource, "claim_due_webhook_deliveries", "webhook deliveries");
            for (DueClaims.Claimed claimed : due.claim(clock.instant(), batch, instance, lease)) {
                send(claimed);
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a failing tick must not stop the schedule
            LOG.log(Level.WARNING, "webhook sender tick failed", e);
        }
    }

    private void send(DueClaims.Claimed claimed) {
        try {
            wiring.forSender(claimed.tenant()).deliver(claimed.id()).ifPresent(delivery ->
                    registry.counter("crm_webhook_deliveries", new Tag("tenant", claimed.tenant().value()),
                            new Tag("outcome", outcome(delivery))).inc());
        } catch (RuntimeException e) {
            // its lease runs out and another tick (here or elsewhere) takes it again
            LOG.log(Level.WARNING, "webhook delivery " + claimed.id() + " of tenant " + claimed.tenant()
                    + " failed", e);
        }
    }

    private static String outcome(Delivery delivery) {
        return delivery.status() == Delivery.Status.PENDING ? "retrying"
                : delivery.status().name().toLowerCase(Locale.ROOT);
    }
}
