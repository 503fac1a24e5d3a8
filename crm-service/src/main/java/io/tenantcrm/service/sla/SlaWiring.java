package io.tenantcrm.service.sla;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.service.crm.CrmWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The SLA clocks from the one {@link Crm} ({@link CrmWiring}), twice: for a request (the caller's tenant and
 * transaction) and for the scheduler, which acts as {@code sla-scheduler} inside the tenant of each timer it fires,
 * one transaction per timer.
 */
@ApplicationScoped
public class SlaWiring {

    public static final UserId SCHEDULER = UserId.of("sla-scheduler");

    @Inject
    Crm crm;

    @Inject
    CrmWiring wiring;

    /** The clocks as the calling user sees them. */
    @Produces
    @Singleton
    SlaClocks forRequests() {
        return crm.slaClocks();
    }

    /** The clocks as the scheduler works them, in the given tenant. */
    public SlaClocks forScheduler(TenantId tenant) {
        return actingAs(tenant, SCHEDULER);
    }

    /** The clocks as one of the service's workers sees them, acting for someone in the given tenant. */
    public SlaClocks actingAs(TenantId tenant, UserId who) {
        return wiring.actingAs(tenant, who).slaClocks();
    }
}
