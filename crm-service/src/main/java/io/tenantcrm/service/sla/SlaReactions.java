package io.tenantcrm.service.sla;

import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.sla.SlaClocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The SLA clocks follow crm-core's domain events, so a lead received by the API, a web form, an import or email
 * sync, and an activity logged by hand or by the mailbox, keep the same promises; no endpoint calls the clocks
 * itself. Observed synchronously: the timers are written in the transaction of the change that published the
 * event, as the person who made it (a background import or sync has no request to ask).
 */
@ApplicationScoped
public class SlaReactions {

    @Inject
    SlaWiring wiring;

    void on(@Observes DomainEvent event) {
        if (SlaClocks.reactsTo(event)) {
            wiring.actingAs(event.tenant(), event.actor()).on(event);
        }
    }
}
