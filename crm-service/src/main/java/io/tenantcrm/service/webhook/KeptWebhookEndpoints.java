package io.tenantcrm.service.webhook;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.webhook.WebhookEndpoint;
import io.tenantcrm.core.webhook.WebhookEndpoints;
import io.tenantcrm.service.tenant.TenantCache;
import io.tenantcrm.service.tenant.TenantChangeWatch;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's webhook endpoints kept in memory for the outbox, which asks for them on every change it announces (a
 * lead intake: twice). Dropped when a change notice names the tenant (migration V21's trigger on
 * {@code webhook_endpoint}) and by this instance as soon as it adds or updates one. Called inside the caller's
 * transaction, in the tenant's walls, like the store it keeps.
 */
final class KeptWebhookEndpoints implements WebhookEndpoints {

    /** How long a list is trusted while change notices are not heard. */
    static final Duration UNHEARD_FRESH_FOR = Duration.ofSeconds(30);

    private final WebhookEndpoints stored;
    private final TransactionSynchronizationRegistry transactions;
    private final TenantCache<List<WebhookEndpoint>> kept;

    KeptWebhookEndpoints(WebhookEndpoints stored, TenantChangeWatch watch,
                         TransactionSynchronizationRegistry transactions) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.kept = watch.cache(tenant -> List.copyOf(stored.of(tenant)), UNHEARD_FRESH_FOR);
    }

    @Override
    public void add(WebhookEndpoint endpoint, String secret) {
        stored.add(endpoint, secret);
        kept.changing(endpoint.tenant(), transactions);
    }

    @Override
    public Optional<WebhookEndpoint> find(TenantId tenant, UUID id) {
        return stored.find(tenant, id);
    }

    @Override
    public List<WebhookEndpoint> of(TenantId tenant) {
        return kept.get(tenant);
    }

    @Override
    public String secretOf(TenantId tenant, UUID id) {
        return stored.secretOf(tenant, id);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        stored.update(endpoint);
        kept.changing(endpoint.tenant(), transactions);
    }
}
