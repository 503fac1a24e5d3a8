package io.tenantcrm.core.webhook;

import java.util.Objects;

/**
 * How hard the platform tries: the retry schedule of one delivery, and after how many failed attempts in a row
 * (across deliveries, reset by any success) an endpoint is disabled, so a receiver gone for good stops costing
 * every tenant's senders.
 */
public record WebhookPolicy(RetrySchedule retries, int disableAfter) {

    public static final WebhookPolicy DEFAULT = new WebhookPolicy(RetrySchedule.DEFAULT, 20);

    public WebhookPolicy {
        Objects.requireNonNull(retries, "retries");
        if (disableAfter < 1) {
            throw new IllegalArgumentException("disableAfter must be at least 1");
        }
    }
}
