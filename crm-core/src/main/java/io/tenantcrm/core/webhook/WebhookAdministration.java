package io.tenantcrm.core.webhook;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.TextLimit;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use case: tenant admins register the endpoints their integrations listen on, read what was sent to each, and
 * disable or enable them. The signing secret is shown once, when the endpoint is registered.
 */
public final class WebhookAdministration {

    private static final TextLimit URL = new TextLimit(2000);
    private static final TextLimit DESCRIPTION = new TextLimit(200);

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final Function<URI, Optional<String>> targets;
    private final Recorder recorder;
    private final SecureRandom random;

    /**
     * @param targets why a URL may not be called (private networks, say), or empty when it may; the deployment
     *                decides, since only it knows its network
     */
    public WebhookAdministration(WebhookEndpoints endpoints, WebhookDeliveries deliveries,
                                 Function<URI, Optional<String>> targets, Recorder recorder, SecureRandom random) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new endpoint with its secret ({@code whsec_...}), shown this once. */
    public record Registered(WebhookEndpoint endpoint, String secret) {
    }

    /** One delivery with its attempts, as the delivery log shows it. */
    public record LoggedDelivery(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    /**
     * @param url    where to POST: absolute http or https, no user name or password in it
     * @param events what to send, by wire name ({@code deal.won}); at least one
     */
    public Registered register(String url, List<String> events, String description) {
        URI target = target(url);
        Set<WebhookEvent> subscribed = events(events);
        String checkedDescription = DESCRIPTION.check("description", description);
        return recorder.inTransaction(acting -> {
            String secret = WebhookSignature.newSecret(random);
            WebhookEndpoint endpoint = new WebhookEndpoint(acting.tenant(), UUID.randomUUID(), target, subscribed,
                    checkedDescription, acting.user(), acting.at(), 0, null, null);
            endpoints.add(endpoint, secret);
            recorder.keep(List.of(AuditEntry.of(acting, endpoint.ref(), "record", null,
                    "registered " + target + " for " + wireNames(subscribed), null)), List.of());
            return new Registered(endpoint, secret);
        });
    }

    public List<WebhookEndpoint> list() {
        return recorder.inTransaction(acting -> endpoints.of(acting.tenant()));
    }

    public WebhookEndpoint get(UUID id) {
        return recorder.inTransaction(acting -> find(acting.tenant(), id));
    }

    /** The endpoint's latest deliveries, newest first, each with its attempts. */
    public List<LoggedDelivery> deliveries(UUID id, int limit) {
        if (limit < 1 || limit > 200) {
            throw new RuleViolationException("limit", "must be between 1 and 200");
        }
        return recorder.inTransaction(acting -> {
            find(acting.tenant(), id);
            return deliveries.of(acting.tenant(), id, limit).stream()
                    .map(d -> new LoggedDelivery(d, deliveries.attemptsOf(acting.tenant(), d.id()))).toList();
        });
    }

    /** Stops sending to the endpoint; what was still pending is abandoned. */
    public WebhookEndpoint disable(UUID id, String reason) {
        return recorder.inTransaction(acting -> {
            WebhookEndpoint endpoint = find(acting.tenant(), id);
            if (!endpoint.active()) {
                throw new RuleViolationException("endpoint", "was disabled already, at " + endpoint.disabledAt());
            }
            String why = reason == null || reason.isBlank() ? "disabled by " + acting.user() : reason.strip();
            WebhookEndpoint disabled = endpoint.disabled(acting.at(), DESCRIPTION.check("reason", why));
            endpoints.update(disabled);
            deliveries.abandonPending(acting.tenant(), id, acting.at(), "endpoint disabled");
            recorder.keep(List.of(AuditEntry.of(acting, endpoint.ref(), "disabledAt", null, acting.at(),
                    Reasons.optional("reason", reason))), List.of());
            return disabled;
        });
    }

    /** Sends to the endpoint again, from the next event on, with its failure count back at zero. */
    public WebhookEndpoint enable(UUID id) {
        return recorder.inTransaction(acting -> {
            WebhookEndpoint endpoint = find(acting.tenant(), id);
            if (endpoint.active()) {
                throw new RuleViolationException("endpoint", "is enabled already");
            }
            WebhookEndpoint enabled = endpoint.enabled();
            endpoints.update(enabled);
            recorder.keep(List.of(AuditEntry.of(acting, endpoint.ref(), "disabledAt", endpoint.disabledAt(), null,
                    null)), List.of());
            return enabled;
        });
    }

    private WebhookEndpoint find(TenantId tenant, UUID id) {
        return endpoints.find(tenant, id).orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    private URI target(String url) {
        String text = URL.check("url", url);
        if (text == null) {
            throw new RuleViolationException("url", "say where to send, such as https://hooks.example.com/crm");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new RuleViolationException("url", "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new RuleViolationException("url", "must be an absolute http or https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            throw new RuleViolationException("url", "must not carry a user name or password; the signature"
                    + " proves who sends");
        }
        targets.apply(uri).ifPresent(refusal -> {
            throw new RuleViolationException("url", refusal);
        });
        return uri;
    }

    private static Set<WebhookEvent> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new RuleViolationException("events", "name at least one of " + wireNames(EnumSet.allOf(
                    WebhookEvent.class)));
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            events.add(WebhookEvent.named(name).orElseThrow(() -> new RuleViolationException("events",
                    "'" + name + "' is not one of " + wireNames(EnumSet.allOf(WebhookEvent.class)))));
        }
        return events;
    }

    static String wireNames(Set<WebhookEvent> events) {
        return String.join(", ", events.stream().sorted().map(WebhookEvent::wireName).toList());
    }
}
