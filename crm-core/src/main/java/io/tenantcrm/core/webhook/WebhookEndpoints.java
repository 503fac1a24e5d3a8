package io.tenantcrm.core.webhook;

import io.tenantcrm.core.shared.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: a tenant's webhook endpoints and their signing secrets (to be stored encrypted). */
public interface WebhookEndpoints {

    void add(WebhookEndpoint endpoint, String secret);

    Optional<WebhookEndpoint> find(TenantId tenant, UUID id);

    /** Newest first, disabled ones included. */
    List<WebhookEndpoint> of(TenantId tenant);

    String secretOf(TenantId tenant, UUID id);

    /** Keeps the endpoint's failure count and disabled state. */
    void update(WebhookEndpoint endpoint);
}
