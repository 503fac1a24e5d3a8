package io.tenantcrm.service.metrics;

import io.tenantcrm.core.deal.DealEvents.DealLost;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.shared.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Business counters per tenant, counted only for committed changes: leads received, deals won and lost (lost by
 * loss category). Tenants number in the thousands at most, so a tenant tag keeps cardinality bounded.
 */
@ApplicationScoped
public class SalesMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void leadReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeadReceived event) {
        registry.counter(CrmMetrics.LEADS_RECEIVED, tenant(event.tenant()), new Tag("source", event.source().name()))
                .inc();
    }

    void dealWon(@Observes(during = TransactionPhase.AFTER_SUCCESS) DealWon event) {
        registry.counter(CrmMetrics.DEALS_WON, tenant(event.tenant())).inc();
    }

    void dealLost(@Observes(during = TransactionPhase.AFTER_SUCCESS) DealLost event) {
        registry.counter(CrmMetrics.DEALS_LOST, tenant(event.tenant()),
                new Tag("category", event.reason().category().name())).inc();
    }

    private static Tag tenant(TenantId tenant) {
        return new Tag("tenant", tenant.value());
    }
}
