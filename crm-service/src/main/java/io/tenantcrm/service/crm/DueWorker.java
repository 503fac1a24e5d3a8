package io.tenantcrm.service.crm;

import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.startup.DatabaseStartup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The shape every worker of the service shares (SLA scheduler, webhook sender, mailbox syncer): once the
 * application is up, every {@link Schedule#interval()} it claims due work across tenants through a claim function
 * ({@link DueClaims}: {@code FOR UPDATE SKIP LOCKED}, a lease, a dead instance's claims taken over) and does each
 * piece in its tenant. A piece that fails is left to its lease and tried again; a failing tick never stops the
 * schedule.
 */
public abstract class DueWorker {

    private static final Logger LOG = Logger.getLogger(DueWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    protected DataSource dataSource;

    @Inject
    protected Clock clock;

    private final String instance = "service-" + UUID.randomUUID();
    private ScheduledFuture<?> ticking;

    /** How often the worker looks, how much it takes at once, how long its claim holds (from its settings). */
    public record Schedule(Duration interval, int batch, Duration lease) {
    }

    protected abstract Schedule schedule();

    /** The claim function's name, and what it claims in words ("SLA timers"). */
    protected abstract String claimFunction();

    protected abstract String what();

    protected abstract void work(DueClaims.Claimed claimed);

    /** Called once, before the first tick. */
    protected void started() {
    }

    /** Called after each tick's work. */
    protected void ticked() {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        started();
        long every = schedule().interval().toMillis();
        ticking = executor.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            DueClaims due = new DueClaims(dataSource, claimFunction(), what());
            Schedule schedule = schedule();
            for (DueClaims.Claimed claimed : due.claim(clock.instant(), schedule.batch(), instance,
                    schedule.lease())) {
                try {
                    work(claimed);
                } catch (RuntimeException e) {
                    // its lease runs out and another tick (here or elsewhere) takes it again
                    LOG.log(Level.WARNING, what() + ": " + claimed.id() + " of tenant " + claimed.tenant()
                            + " failed", e);
                }
            }
            ticked();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what() + ": a tick failed", e);
        }
    }
}
