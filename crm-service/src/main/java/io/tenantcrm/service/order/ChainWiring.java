package io.tenantcrm.service.order;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.product.ProductCatalogue;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.order.JpaDocumentNumbers;
import io.tenantcrm.persistence.order.JpaOrderRepository;
import io.tenantcrm.persistence.product.JpaProductRepository;
import io.tenantcrm.persistence.quote.JpaQuoteRepository;
import io.tenantcrm.persistence.sla.JpaSlaTimers;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.service.crm.CdiEventPublisher;
import io.tenantcrm.service.crm.TenantTransactions;
import io.tenantcrm.service.identity.KeycloakConnection;
import io.tenantcrm.service.sla.SlaWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.stream.Collectors;

/**
 * The quote-to-cash use cases wired for the service: for a request (the caller, the request's transaction) and
 * for the scheduler (acting in a timer's tenant). Approvers by role come from the identity directory, enabled
 * members only.
 */
@ApplicationScoped
public class ChainWiring {

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

    @Inject
    KeycloakConnection keycloak;

    @Inject
    SlaWiring sla;

    @Inject
    Crm crm;

    private EntityManagers ems() {
        return () -> em;
    }

    private ApproverDirectory approvers() {
        return ApproverDirectory.of(new JpaSalesTeams(ems(), clock), (tenant, role) -> keycloak.directory()
                .members(tenant).stream().filter(p -> p.enabled() && p.roles().contains(role))
                .map(IdentityDirectory.Person::id).collect(Collectors.toSet()));
    }

    private Quoting.Ports quotingPorts() {
        return new Quoting.Ports(new JpaQuoteRepository(ems()), new JpaProductRepository(ems()),
                new JpaDealRepository(ems()), new JpaActivityRepository(ems()), new JpaDocumentNumbers(ems()),
                approvers(), new JpaSlaTimers(ems()), configuration);
    }

    private Recorder recorder() {
        return new Recorder(unitOfWork, new JpaAuditLog(ems()), events, caller, clock);
    }

    @Produces
    @Singleton
    io.tenantcrm.core.product.ProductRepository products() {
        return new JpaProductRepository(ems());
    }

    @Produces
    @Singleton
    io.tenantcrm.core.quote.QuoteRepository quotes() {
        return new JpaQuoteRepository(ems());
    }

    @Produces
    @Singleton
    io.tenantcrm.core.order.OrderRepository orders() {
        return new JpaOrderRepository(ems());
    }

    @Produces
    @Singleton
    ProductCatalogue catalogue() {
        return new ProductCatalogue(new JpaProductRepository(ems()), recorder());
    }

    @Produces
    @Singleton
    Quoting quoting(io.tenantcrm.core.sla.SlaClocks clocks) {
        return new Quoting(quotingPorts(), recorder(), clocks);
    }

    @Produces
    @Singleton
    Ordering ordering() {
        return new Ordering(new Ordering.Ports(new JpaOrderRepository(ems()), new JpaQuoteRepository(ems()),
                new JpaDealRepository(ems()), new JpaActivityRepository(ems()), new JpaDocumentNumbers(ems()), new JpaTaskRepository(ems()),
                new JpaSalesTeams(ems(), clock), new JpaSlaTimers(ems()), configuration), crm.deals(), recorder());
    }

    /** Ordering as a worker of the service acting for {@code who} in the tenant (the SLA scheduler). */
    public Ordering orderingActingAs(TenantId tenant, UserId who) {
        Recorder recorder = new Recorder(transactions.of(tenant), new JpaAuditLog(ems()), events,
                TenantTransactions.actingAs(tenant, who), clock);
        io.tenantcrm.core.deal.DealProgression deals = new io.tenantcrm.core.deal.DealProgression(
                new JpaDealRepository(ems()), new io.tenantcrm.persistence.deal.JpaStageHistory(ems()),
                new JpaTaskRepository(ems()), configuration, recorder);
        return new Ordering(new Ordering.Ports(new JpaOrderRepository(ems()), new JpaQuoteRepository(ems()),
                new JpaDealRepository(ems()), new JpaActivityRepository(ems()), new JpaDocumentNumbers(ems()), new JpaTaskRepository(ems()),
                new JpaSalesTeams(ems(), clock), new JpaSlaTimers(ems()), configuration), deals, recorder);
    }

    /** Quoting as a worker of the service acting for {@code who} in the tenant (the SLA scheduler). */
    public Quoting quotingActingAs(TenantId tenant, UserId who) {
        Recorder recorder = new Recorder(transactions.of(tenant), new JpaAuditLog(ems()), events,
                TenantTransactions.actingAs(tenant, who), clock);
        return new Quoting(quotingPorts(), recorder, sla.actingAs(tenant, who));
    }
}
