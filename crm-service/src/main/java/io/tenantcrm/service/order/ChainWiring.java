package io.tenantcrm.service.order;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.order.Ordering;
import io.tenantcrm.core.product.ProductCatalogue;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.order.JpaOrderRepository;
import io.tenantcrm.persistence.product.JpaProductRepository;
import io.tenantcrm.persistence.quote.JpaQuoteRepository;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.service.crm.CrmWiring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The quote-to-cash use cases for the service, from the one {@link Crm} ({@link CrmWiring}): for a request (the
 * caller, the request's transaction) and for the scheduler (acting in a timer's tenant); and the chain's
 * repositories the resources read.
 */
@ApplicationScoped
public class ChainWiring {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    Crm crm;

    @Inject
    CrmWiring wiring;

    private EntityManagers ems() {
        return () -> em;
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
        return crm.products();
    }

    @Produces
    @Singleton
    Quoting quoting() {
        return crm.quoting();
    }

    @Produces
    @Singleton
    Ordering ordering() {
        return crm.ordering();
    }

    /** Ordering as a worker of the service acting for {@code who} in the tenant (the SLA scheduler). */
    public Ordering orderingActingAs(TenantId tenant, UserId who) {
        return wiring.actingAs(tenant, who).ordering();
    }

    /** Quoting as a worker of the service acting for {@code who} in the tenant (the SLA scheduler). */
    public Quoting quotingActingAs(TenantId tenant, UserId who) {
        return wiring.actingAs(tenant, who).quoting();
    }
}
