package io.tenantcrm.core.shared;

import java.util.List;

/** Outbound port: hands the events of a finished change to whoever listens (timers, reports, integrations). */
public interface EventPublisher {

    void publish(List<DomainEvent> events);
}
