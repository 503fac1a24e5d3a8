package io.tenantcrm.service.webhook;

import io.tenantcrm.core.webhook.Delivery;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.crm.DueWorker;
import io.tenantcrm.service.metrics.CrmMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.time.Duration;
import java.util.Locale;

/**
 * Sends due webhook deliveries, every {@code crm.webhooks.sender.interval}. Safe with several instances: each
 * claims due deliveries for a lease ({@code FOR UPDATE SKIP LOCKED}) and sends each in its tenant only if it is
 * still pending and due. A receiver gets a delivery at least once; one that answers slowly delays the rest of the
 * batch by at most the timeout ({@code crm.webhooks.timeout}). Metrics: deliveries per tenant and outcome.
 */
@ApplicationScoped
public class WebhookSender extends DueWorker {

    @Inject
    WebhookWiring wiring;

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

    @Override
    protected Schedule schedule() {
        return new Schedule(interval, batch, lease);
    }

    @Override
    protected String claimFunction() {
        return "claim_due_webhook_deliveries";
    }

    @Override
    protected String what() {
        return "webhook deliveries";
    }

    @Override
    protected void work(DueClaims.Claimed claimed) {
        wiring.forSender(claimed.tenant()).deliver(claimed.id()).ifPresent(delivery ->
                registry.counter(CrmMetrics.WEBHOOK_DELIVERIES, new Tag("tenant", claimed.tenant().value()),
                        new Tag("outcome", outcome(delivery))).inc());
    }

    private static String outcome(Delivery delivery) {
        return delivery.status() == Delivery.Status.PENDING ? "retrying"
                : delivery.status().name().toLowerCase(Locale.ROOT);
    }
}
