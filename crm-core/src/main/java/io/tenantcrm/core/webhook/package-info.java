/**
 * Outbound webhooks: a tenant's integrations hear about new leads and about deals that move, win or lose.
 *
 * <p>Events become {@link io.tenantcrm.core.webhook.Notification}s; each active {@link
 * io.tenantcrm.core.webhook.WebhookEndpoint} that subscribes gets a {@link io.tenantcrm.core.webhook.Delivery},
 * written in the same transaction as the change that caused it (an outbox: nothing is announced that did not
 * happen, nothing that happened is lost). {@link io.tenantcrm.core.webhook.WebhookDispatch} sends due deliveries,
 * signed after the Standard Webhooks scheme ({@link io.tenantcrm.core.webhook.WebhookSignature}), keeps every
 * attempt in the delivery log, retries with growing pauses ({@link io.tenantcrm.core.webhook.RetrySchedule}) and
 * disables an endpoint that keeps failing. Sending is at least once: receivers tell retries apart by the
 * delivery id.
 */
package io.tenantcrm.core.webhook;
