package io.tenantcrm.service.mailbox;

import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.mailbox.MailboxSync;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.crm.TenantTransactions;
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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Syncs every connected mailbox once per {@code crm.mail.sync.every}: each tick ({@code crm.mail.syncer.interval})
 * claims mailboxes that are due, across tenants and instances ({@code FOR UPDATE SKIP LOCKED}, a lease), and syncs
 * each as its owner. A mail server's refusal is kept on the mailbox for its owner to see; the mailbox is tried again
 * at its next turn. Metrics: messages attached per tenant, failed syncs.
 */
@ApplicationScoped
public class MailboxSyncer {

    private static final Logger LOG = Logger.getLogger(MailboxSyncer.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    @Inject
    MailboxWiring wiring;

    @Inject
    TenantTransactions transactions;

    @Inject
    Clock clock;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "crm.mail.syncer.interval", defaultValue = "PT30S")
    Duration interval;

    @Inject
    @ConfigProperty(name = "crm.mail.syncer.batch", defaultValue = "20")
    int batch;

    @Inject
    @ConfigProperty(name = "crm.mail.syncer.lease", defaultValue = "PT15M")
    Duration lease;

    private final String instance = "service-" + UUID.randomUUID();
    private ScheduledFuture<?> ticking;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
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
            DueClaims due = new DueClaims(dataSource, "claim_due_mailboxes", "mailboxes");
            for (DueClaims.Claimed claimed : due.claim(clock.instant(), batch, instance, lease)) {
                sync(claimed);
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a failing tick must not stop the schedule
            LOG.log(Level.WARNING, "mailbox syncer tick failed", e);
        }
    }

    private void sync(DueClaims.Claimed claimed) {
        try {
            Optional<Mailbox> mailbox = transactions.inTenant(claimed.tenant(),
                    () -> wiring.mailboxes().find(claimed.tenant(), claimed.id()));
            if (mailbox.isEmpty()) {
                return; // disconnected since it was claimed
            }
            MailboxSync.Report report = wiring.forOwner(claimed.tenant(), mailbox.get().owner()).sync(claimed.id());
            Tag tenant = new Tag("tenant", claimed.tenant().value());
            registry.counter("crm_mail_messages_attached", tenant).inc(report.attached());
            if (report.error() != null) {
                registry.counter("crm_mail_sync_failures", tenant).inc();
            }
        } catch (RuntimeException e) {
            // its lease runs out and another tick (here or elsewhere) takes it again
            LOG.log(Level.WARNING, "mailbox " + claimed.id() + " of tenant " + claimed.tenant() + " failed to sync",
                    e);
        }
    }
}
