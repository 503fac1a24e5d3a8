package io.tenantcrm.service.webhook;

import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.webhook.WebhookEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Writes a delivery for every subscribed endpoint in the transaction of the change that produced the event
 * (observed in progress, not after success): a change rolled back announces nothing, a change kept is announced
 * even if the service stops right after the commit.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    WebhookWiring wiring;

    void on(@Observes DomainEvent event) {
        if (WebhookEvent.of(event).isPresent()) {
            wiring.outbox().enqueue(List.of(event));
        }
    }
}
