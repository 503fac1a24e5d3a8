package io.tenantcrm.service.sla;

import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.persistence.sla.DueTimers;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.crm.DueWorker;
import io.tenantcrm.service.metrics.CrmMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fires due SLA timers, every {@code crm.sla.scheduler.interval}. Safe with several instances: each claims due
 * timers with {@code FOR UPDATE SKIP LOCKED} for a lease, and each timer is fired in its tenant's transaction only
 * if still pending, so no timer fires twice; timers that came due while every instance was down are caught up on
 * the next tick. Metrics: timers fired (per tenant and clock), breaches (first-response rungs), timers due and the
 * lag of the oldest.
 */
@ApplicationScoped
public class SlaScheduler extends DueWorker {

    @Inject
    SlaWiring wiring;

    @Inject
    io.tenantcrm.service.order.ChainWiring chain;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "crm.sla.scheduler.interval", defaultValue = "PT15S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "crm.sla.scheduler.batch", defaultValue = "100")
    int batch;

    @Inject
    @ConfigProperty(name = "crm.sla.scheduler.lease", defaultValue = "PT5M")
    Duration lease;

    private final AtomicLong due = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();

    @Override
    protected Schedule schedule() {
        return new Schedule(interval, batch, lease);
    }

    @Override
    protected String claimFunction() {
        return "claim_due_sla_timers";
    }

    @Override
    protected String what() {
        return "SLA timers";
    }

    @Override
    protected void started() {
        registry.gauge(CrmMetrics.SLA_TIMERS_DUE, due, AtomicLong::get);
        registry.gauge(CrmMetrics.SLA_LAG, lagSeconds, AtomicLong::get);
    }

    @Override
    protected void work(DueClaims.Claimed claimed) {
        SlaClocks clocks = wiring.forScheduler(claimed.tenant());
        Optional<SlaClocks.Fired> fired = clocks.fire(claimed.id());
        if (fired.isEmpty()) {
            // not the clocks' timer: a quote's approval step that waited too long goes one level up
            // or an order's instalment past its grace days goes to collections
            Tag tenant = new Tag("tenant", claimed.tenant().value());
            if (chain.quotingActingAs(claimed.tenant(), SlaWiring.SCHEDULER).escalate(claimed.id()).isPresent()) {
                registry.counter(CrmMetrics.SLA_TIMERS_FIRED, tenant,
                        new Tag("clock", SlaTimer.Clock.QUOTE_APPROVAL.name())).inc();
            } else if (!chain.orderingActingAs(claimed.tenant(), SlaWiring.SCHEDULER).chase(claimed.id()).isEmpty()) {
                registry.counter(CrmMetrics.SLA_TIMERS_FIRED, tenant,
                        new Tag("clock", SlaTimer.Clock.PAYMENT_OVERDUE.name())).inc();
            }
            return;
        }
        fired.ifPresent(f -> {
            Tag tenant = new Tag("tenant", claimed.tenant().value());
            registry.counter(CrmMetrics.SLA_TIMERS_FIRED, tenant, new Tag("clock", f.timer().clock().name())).inc();
            if (f.timer().clock() == SlaTimer.Clock.FIRST_RESPONSE && f.timer().step() == 0) {
                registry.counter(CrmMetrics.SLA_BREACHES, tenant).inc();
            }
        });
    }

    @Override
    protected void ticked() {
        DueTimers.Backlog backlog = new DueTimers(dataSource).backlog(clock.instant());
        due.set(backlog.due());
        lagSeconds.set(backlog.oldestDueAt().map(oldest -> Duration.between(oldest, clock.instant())
                .toSeconds()).orElse(0L));
    }
}
