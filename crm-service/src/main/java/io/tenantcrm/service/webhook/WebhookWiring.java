package io.tenantcrm.service.webhook;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.webhook.HttpWebhookTransport;
import io.tenantcrm.core.webhook.RetrySchedule;
import io.tenantcrm.core.webhook.WebhookAdministration;
import io.tenantcrm.core.webhook.WebhookDispatch;
import io.tenantcrm.core.webhook.WebhookEndpoints;
import io.tenantcrm.core.webhook.WebhookPolicy;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.secrets.MasterKey;
import io.tenantcrm.persistence.secrets.TenantSecrets;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.webhook.JpaWebhookDeliveries;
import io.tenantcrm.persistence.webhook.JpaWebhookEndpoints;
import io.tenantcrm.service.crm.CdiEventPublisher;
import io.tenantcrm.service.crm.TenantTransactions;
import io.tenantcrm.service.tenant.TenantChangeWatch;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Webhooks wired for the service: administration for the calling admin, the outbox for whoever changes something,
 * and dispatch for the sender, which acts as {@code webhook-sender} inside the tenant of each delivery. Deployment
 * settings: {@code crm.webhooks.*} (docs/intake.md).
 */
@ApplicationScoped
public class WebhookWiring {

    static final UserId SENDER = UserId.of("webhook-sender");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    @Inject
    CdiEventPublisher events;

    @Inject
    TenantTransactions transactions;

    @Inject
    Clock clock;

    @Inject
    MasterKey master;

    @Inject
    TenantChangeWatch watch;

    @Resource
    TransactionSynchronizationRegistry synchronizations;

    @Inject
    @ConfigProperty(name = "crm.webhooks.allow-private-targets", defaultValue = "false")
    boolean allowPrivateTargets;

    @Inject
    @ConfigProperty(name = "crm.webhooks.attempts", defaultValue = "10")
    int attempts;

    @Inject
    @ConfigProperty(name = "crm.webhooks.first-pause", defaultValue = "PT1M")
    Duration firstPause;

    @Inject
    @ConfigProperty(name = "crm.webhooks.longest-pause", defaultValue = "PT6H")
    Duration longestPause;

    @Inject
    @ConfigProperty(name = "crm.webhooks.disable-after", defaultValue = "20")
    int disableAfter;

    @Inject
    @ConfigProperty(name = "crm.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    private final SecureRandom random = new SecureRandom();
    private final Jsonb jsonb = JsonbBuilder.create();
    private WebhookPolicy policy;
    private WebhookEndpoints endpoints;
    private HttpWebhookTransport transport;

    @PostConstruct
    void configure() {
        EntityManagers ems = () -> em;
        endpoints = new KeptWebhookEndpoints(new JpaWebhookEndpoints(ems, new TenantSecrets(ems, master, random, clock)),
                watch, synchronizations);
        policy = new WebhookPolicy(new RetrySchedule(attempts, firstPause, longestPause), disableAfter);
        transport = new HttpWebhookTransport(timeout);
    }

    private WebhookEndpoints endpoints() {
        return endpoints;
    }

    private JpaWebhookDeliveries deliveries() {
        return new JpaWebhookDeliveries(() -> em);
    }

    private WebhookDispatch dispatch(Recorder recorder) {
        return new WebhookDispatch(endpoints(), deliveries(), transport, this::json, policy, recorder, clock);
    }

    private String json(Map<String, Object> envelope) {
        return jsonb.toJson(envelope);
    }

    @Produces
    @Singleton
    WebhookAdministration administration() {
        return new WebhookAdministration(endpoints(), deliveries(), new WebhookTargets(allowPrivateTargets)::refusal,
                new Recorder(unitOfWork, new JpaAuditLog(() -> em), events, caller, clock), random);
    }

    /** The outbox's side: joins the transaction of the change, whoever made it. */
    WebhookDispatch outbox() {
        return dispatch(new Recorder(unitOfWork, new JpaAuditLog(() -> em), events, caller, clock));
    }

    /** Dispatch as the sender works it, in the given tenant. */
    WebhookDispatch forSender(TenantId tenant) {
        return dispatch(new Recorder(transactions.of(tenant), new JpaAuditLog(() -> em), events,
                TenantTransactions.actingAs(tenant, SENDER), clock));
    }
}
