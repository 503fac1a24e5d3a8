package io.tenantcrm.core.webhook;

import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One notification on its way to one endpoint: the exact body sent on every try (so retries are byte for byte the
 * same and their signatures check), how many tries it has had, when the next is due. It ends delivered (a 2xx) or
 * abandoned (out of tries, or its endpoint disabled), never both.
 */
public record Delivery(TenantId tenant, UUID id, UUID endpoint, WebhookEvent event, UUID notification,
                       String payload, Instant createdAt, int attempts, Instant nextAttemptAt, Instant deliveredAt,
                       Instant abandonedAt, String lastOutcome) {

    public enum Status { PENDING, DELIVERED, ABANDONED }

    public Delivery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        if (deliveredAt != null && abandonedAt != null) {
            throw new IllegalArgumentException("a delivery is delivered or abandoned, not both");
        }
    }

    static Delivery of(TenantId tenant, UUID endpoint, Notification notification, String payload, Instant at) {
        return new Delivery(tenant, UUID.randomUUID(), endpoint, notification.event(), notification.id(), payload,
                at, 0, at, null, null, null);
    }

    public Status status() {
        return deliveredAt != null ? Status.DELIVERED : abandonedAt != null ? Status.ABANDONED : Status.PENDING;
    }

    Delivery delivered(Instant at, String outcome) {
        return new Delivery(tenant, id, endpoint, event, notification, payload, createdAt, attempts + 1, null, at,
                null, outcome);
    }

    Delivery retryAt(Instant next, String outcome) {
        return new Delivery(tenant, id, endpoint, event, notification, payload, createdAt, attempts + 1, next, null,
                null, outcome);
    }

    Delivery abandoned(Instant at, boolean tried, String outcome) {
        return new Delivery(tenant, id, endpoint, event, notification, payload, createdAt,
                tried ? attempts + 1 : attempts, null, null, at, outcome);
    }
}
