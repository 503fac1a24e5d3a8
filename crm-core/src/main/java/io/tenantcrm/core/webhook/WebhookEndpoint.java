package io.tenantcrm.core.webhook;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Where a tenant's integration wants to hear about events. Invariants: at least one event; {@code failures} counts
 * the failed attempts since the last success; a disabled endpoint has the time and the reason, gets no new
 * deliveries and is tried no more until an admin enables it again. Its signing secret is kept apart (the port
 * stores it encrypted), never in this value.
 */
public record WebhookEndpoint(TenantId tenant, UUID id, URI url, Set<WebhookEvent> events, String description,
                              UserId createdBy, Instant createdAt, int failures, Instant disabledAt,
                              String disabledReason) {

    public WebhookEndpoint {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("an endpoint subscribes to at least one event");
        }
        events = Set.copyOf(EnumSet.copyOf(events));
        if ((disabledAt == null) != (disabledReason == null)) {
            throw new IllegalArgumentException("a disabled endpoint says when and why");
        }
    }

    public boolean active() {
        return disabledAt == null;
    }

    public boolean subscribesTo(WebhookEvent event) {
        return active() && events.contains(event);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.WEBHOOK, id.toString());
    }

    WebhookEndpoint succeeded() {
        return new WebhookEndpoint(tenant, id, url, events, description, createdBy, createdAt, 0, disabledAt,
                disabledReason);
    }

    WebhookEndpoint failed() {
        return new WebhookEndpoint(tenant, id, url, events, description, createdBy, createdAt, failures + 1,
                disabledAt, disabledReason);
    }

    WebhookEndpoint disabled(Instant at, String reason) {
        return new WebhookEndpoint(tenant, id, url, events, description, createdBy, createdAt, failures, at, reason);
    }

    WebhookEndpoint enabled() {
        return new WebhookEndpoint(tenant, id, url, events, description, createdBy, createdAt, 0, null, null);
    }
}
