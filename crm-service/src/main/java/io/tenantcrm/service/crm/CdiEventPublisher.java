package io.tenantcrm.service.crm;

import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Hands crm-core's events to CDI. Observers that must only see committed changes observe with
 * {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
@ApplicationScoped
public class CdiEventPublisher implements EventPublisher {

    @Inject
    Event<DomainEvent> events;

    @Override
    public void publish(List<DomainEvent> published) {
        published.forEach(events::fire);
    }
}
