package io.tenantcrm.service.sla;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.sla.JpaSlaTimers;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.service.crm.CdiEventPublisher;
import io.tenantcrm.service.crm.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * The SLA clocks wired twice: for a request (the caller's tenant and transaction) and for the scheduler, which
 * acts as {@code sla-scheduler} inside the tenant of each timer it fires, one transaction per timer.
 */
@ApplicationScoped
public class SlaWiring {

    public static final UserId SCHEDULER = UserId.of("sla-scheduler");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    @Inject
    CdiEventPublisher events;

    @Inject
    TenantConfiguration configuration;

    @Inject
    Clock clock;

    @Inject
    TenantTransactions transactions;

    private SlaClocks.Ports ports() {
        EntityManagers ems = () -> em;
        return new SlaClocks.Ports(new JpaSlaTimers(ems), new JpaLeadRepository(ems), new JpaDealRepository(ems),
                new JpaAccountRepository(ems), new JpaTaskRepository(ems), new JpaActivityRepository(ems),
                new JpaSalesTeams(ems, clock), configuration);
    }

    /** The clocks as the calling user sees them. */
    @Produces
    @Singleton
    SlaClocks forRequests() {
        return new SlaClocks(ports(), new Recorder(unitOfWork, new JpaAuditLog(() -> em), events, caller, clock));
    }

    /** The clocks as the scheduler works them, in the given tenant. */
    public SlaClocks forScheduler(TenantId tenant) {
        return actingAs(tenant, SCHEDULER);
    }

    /** The clocks as one of the service's workers sees them, acting for someone in the given tenant. */
    public SlaClocks actingAs(TenantId tenant, UserId who) {
        return new SlaClocks(ports(), new Recorder(transactions.of(tenant), new JpaAuditLog(() -> em), events,
                TenantTransactions.actingAs(tenant, who), clock));
    }
}
