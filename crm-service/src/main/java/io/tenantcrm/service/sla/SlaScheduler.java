package io.tenantcrm.service.sla;

import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.persistence.sla.DueTimers;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.startup.DatabaseStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires due SLA timers, every {@code crm.sla.scheduler.interval}. Safe with several instances: each claims due
 * timers with {@code FOR UPDATE SKIP LOCKED} for a lease, and each timer is fired in its tenant's transaction only
 * if still pending, so no timer fires twice; timers that came due while every instance was down are caught up on
 * the next tick. Metrics: timers fired (per tenant and clock), breaches (first-response rungs), timers due and the
 * lag of the oldest.
 */
@ApplicationScoped
public class SlaScheduler {

    private static final Logger LOG = Logger.getLogger(SlaScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    @Inject
    SlaWiring wiring;

    @Inject
    Clock clock;

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

    private final String instance = "service-" + UUID.randomUUID();
    private final AtomicLong due = new AtomicLong();
    private final AtomicLong lagSeconds = new AtomicLong();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge("crm_sla_timers_due", due, AtomicLong::get);
        registry.gauge("crm_sla_lag_seconds", lagSeconds, AtomicLong::get);
        ticking = executor.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            DueTimers timers = new DueTimers(dataSource);
            Instant now = clock.instant();
            for (DueClaims.Claimed claimed : timers.claim(now, batch, instance, lease)) {
                fire(claimed);
            }
            DueTimers.Backlog backlog = timers.backlog(clock.instant());
            due.set(backlog.due());
            lagSeconds.set(backlog.oldestDueAt().map(oldest -> Duration.between(oldest, clock.instant())
                    .toSeconds()).orElse(0L));
        } catch (RuntimeException e) {
            // the next tick tries again; a failing tick must not stop the schedule
            LOG.log(Level.WARNING, "SLA scheduler tick failed", e);
        }
    }

    private void fire(DueClaims.Claimed claimed) {
        try {
            SlaClocks clocks = wiring.forScheduler(claimed.tenant());
            Optional<SlaClocks.Fired> fired = clocks.fire(claimed.id());
            fired.ifPresent(f -> {
                Tag tenant = new Tag("tenant", claimed.tenant().value());
                registry.counter("crm_sla_timers_fired", tenant, new Tag("clock", f.timer().clock().name())).inc();
                if (f.timer().clock() == io.tenantcrm.core.sla.SlaTimer.Clock.FIRST_RESPONSE
                        && f.timer().step() == 0) {
                    registry.counter("crm_sla_breaches", tenant).inc();
                }
            });
        } catch (RuntimeException e) {
            // its lease runs out and another tick (here or elsewhere) takes it again
            LOG.log(Level.WARNING, "SLA timer " + claimed.id() + " of tenant " + claimed.tenant() + " failed", e);
        }
    }
}
