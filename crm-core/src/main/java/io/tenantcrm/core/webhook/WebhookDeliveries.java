package io.tenantcrm.core.webhook;

import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: deliveries (the outbox) and their attempts (the delivery log). */
public interface WebhookDeliveries {

    void add(Delivery delivery);

    /** The delivery, locked against other senders until the transaction ends. */
    Optional<Delivery> lock(TenantId tenant, UUID id);

    /** Keeps the delivery's attempts, next try and end. */
    void update(Delivery delivery);

    void log(DeliveryAttempt attempt);

    /** The attempts of one delivery, first first. */
    List<DeliveryAttempt> attemptsOf(TenantId tenant, UUID delivery);

    /** An endpoint's deliveries, newest first. */
    List<Delivery> of(TenantId tenant, UUID endpoint, int limit);

    /** Ends every pending delivery of an endpoint (it was disabled); answers how many. */
    int abandonPending(TenantId tenant, UUID endpoint, Instant at, String why);
}
