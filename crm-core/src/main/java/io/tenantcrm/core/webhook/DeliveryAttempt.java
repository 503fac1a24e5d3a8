package io.tenantcrm.core.webhook;

import io.tenantcrm.core.shared.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One try of a delivery, as the delivery log shows it: when, the receiver's HTTP status (none if it could not be
 * reached), what went wrong, and how long it took.
 */
public record DeliveryAttempt(TenantId tenant, UUID delivery, int number, Instant at, Integer status, String error,
                              Duration took) {

    public DeliveryAttempt {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(took, "took");
    }

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }

    /** A line for the delivery's last outcome: "HTTP 503" or the error. */
    String outcome() {
        return status != null ? "HTTP " + status : error;
    }
}
