package io.tenantcrm.core.webhook;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use case: events become deliveries, and due deliveries are sent. {@link #enqueue} runs inside the transaction of
 * the change (the deliveries are its outbox). {@link #deliver} sends one delivery: it reads it in one transaction,
 * posts outside any (a slow receiver holds no lock or connection), and keeps the attempt in another, where a
 * failure schedules the next try or abandons the delivery, and an endpoint that failed
 * {@link WebhookPolicy#disableAfter()} times in a row, or answered 410 Gone, is disabled.
 */
public final class WebhookDispatch {

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookTransport transport;
    private final Function<Map<String, Object>, String> json;
    private final WebhookPolicy policy;
    private final Recorder recorder;
    private final Clock clock;

    /** @param json how the embedder writes a map of text, numbers and maps as JSON */
    public WebhookDispatch(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookTransport transport,
                           Function<Map<String, Object>, String> json, WebhookPolicy policy, Recorder recorder,
                           Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.json = Objects.requireNonNull(json, "json");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One delivery per event and active endpoint that subscribes to it. Call it inside the transaction of the
     * change (an {@code EventPublisher} does): it reads and writes through the ports of that transaction, whoever
     * acts, so events of the service's own schedulers are announced too.
     */
    public List<Delivery> enqueue(List<DomainEvent> events) {
        Map<TenantId, List<WebhookEndpoint>> byTenant = new LinkedHashMap<>();
        List<Delivery> queued = new ArrayList<>();
        for (DomainEvent event : events) {
            Optional<Notification> notification = Notification.of(event, UUID.randomUUID());
            if (notification.isEmpty()) {
                continue;
            }
            String payload = null;
            for (WebhookEndpoint endpoint : byTenant.computeIfAbsent(event.tenant(), endpoints::of)) {
                if (endpoint.subscribesTo(notification.get().event())) {
                    payload = payload == null ? json.apply(notification.get().envelope()) : payload;
                    Delivery delivery = Delivery.of(event.tenant(), endpoint.id(), notification.get(), payload,
                            clock.instant());
                    deliveries.add(delivery);
                    queued.add(delivery);
                }
            }
        }
        return queued;
    }

    /** The headers of one try, signed with the endpoint's secret. */
    static Map<String, String> headers(Delivery delivery, String secret, Instant sentAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put(WebhookSignature.ID_HEADER, delivery.id().toString());
        headers.put(WebhookSignature.TIMESTAMP_HEADER, String.valueOf(sentAt.getEpochSecond()));
        headers.put(WebhookSignature.SIGNATURE_HEADER,
                WebhookSignature.withSecret(secret).sign(delivery.id().toString(), sentAt, delivery.payload()));
        headers.put("x-crm-event", delivery.event().wireName());
        return headers;
    }

    private record Ready(Delivery delivery, WebhookEndpoint endpoint, String secret) {
    }

    /**
     * Sends one delivery of the current tenant if it is still pending and due; answers it as it stands afterwards,
     * or empty when there was nothing to send.
     */
    public Optional<Delivery> deliver(UUID id) {
        Optional<Ready> ready = recorder.inTransaction(acting -> {
            Optional<Delivery> found = deliveries.lock(acting.tenant(), id);
            if (found.isEmpty() || found.get().status() != Delivery.Status.PENDING
                    || found.get().nextAttemptAt().isAfter(acting.at())) {
                return Optional.empty();
            }
            Delivery delivery = found.get();
            WebhookEndpoint endpoint = endpoints.find(acting.tenant(), delivery.endpoint()).orElseThrow();
            if (!endpoint.active()) {
                deliveries.update(delivery.abandoned(acting.at(), false, "endpoint disabled"));
                return Optional.empty();
            }
            return Optional.of(new Ready(delivery, endpoint, endpoints.secretOf(acting.tenant(), endpoint.id())));
        });
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        Delivery delivery = ready.get().delivery();
        Instant sentAt = clock.instant();
        WebhookTransport.Answer answer = transport.post(ready.get().endpoint().url(),
                headers(delivery, ready.get().secret(), sentAt), delivery.payload());
        Duration took = Duration.between(sentAt, clock.instant());
        return Optional.of(recorder.inTransaction(acting -> record(delivery.id(), sentAt, answer, took, acting.at())));
    }

    private Delivery record(UUID id, Instant sentAt, WebhookTransport.Answer answer, Duration took, Instant now) {
        TenantId tenant = recorder.currentUser().tenant();
        Delivery delivery = deliveries.lock(tenant, id).orElseThrow();
        DeliveryAttempt attempt = new DeliveryAttempt(tenant, id, delivery.attempts() + 1, sentAt, answer.status(),
                answer.error(), took);
        deliveries.log(attempt);
        WebhookEndpoint endpoint = endpoints.find(tenant, delivery.endpoint()).orElseThrow();
        if (attempt.succeeded()) {
            Delivery delivered = delivery.delivered(now, attempt.outcome());
            deliveries.update(delivered);
            if (endpoint.failures() > 0) {
                endpoints.update(endpoint.succeeded());
            }
            return delivered;
        }
        Delivery next = policy.retries().pauseAfter(attempt.number())
                .map(pause -> delivery.retryAt(now.plus(pause), attempt.outcome()))
                .orElseGet(() -> delivery.abandoned(now, true, attempt.outcome() + ", after "
                        + attempt.number() + " attempts"));
        deliveries.update(next);
        WebhookEndpoint failed = endpoint.failed();
        Optional<String> disableBecause = Integer.valueOf(410).equals(answer.status())
                ? Optional.of("the receiver answered 410 Gone")
                : failed.failures() >= policy.disableAfter()
                ? Optional.of(failed.failures() + " failed attempts in a row") : Optional.empty();
        if (disableBecause.isPresent() && failed.active()) {
            failed = failed.disabled(now, disableBecause.get());
            deliveries.abandonPending(tenant, endpoint.id(), now, "endpoint disabled");
            recorder.keep(List.of(new AuditEntry(tenant, endpoint.ref(), "disabledAt", null, now.toString(),
                    recorder.currentUser().user(), now, disableBecause.get())), List.of());
        }
        endpoints.update(failed);
        return deliveries.lock(tenant, id).orElseThrow();
    }
}
