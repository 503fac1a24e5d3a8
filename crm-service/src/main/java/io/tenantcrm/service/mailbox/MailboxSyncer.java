package io.tenantcrm.service.mailbox;

import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.mailbox.MailboxSync;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.service.crm.DueWorker;
import io.tenantcrm.service.crm.TenantTransactions;
import io.tenantcrm.service.metrics.CrmMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.time.Duration;
import java.util.Optional;

/**
 * Syncs every connected mailbox once per {@code crm.mail.sync.every}: each tick ({@code crm.mail.syncer.interval})
 * claims mailboxes that are due, across tenants and instances ({@code FOR UPDATE SKIP LOCKED}, a lease), and syncs
 * each as its owner. A mail server's refusal is kept on the mailbox for its owner to see; the mailbox is tried again
 * at its next turn. Metrics: messages attached per tenant, failed syncs.
 */
@ApplicationScoped
public class MailboxSyncer extends DueWorker {

    @Inject
    MailboxWiring wiring;

    @Inject
    TenantTransactions transactions;

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

    @Override
    protected Schedule schedule() {
        return new Schedule(interval, batch, lease);
    }

    @Override
    protected String claimFunction() {
        return "claim_due_mailboxes";
    }

    @Override
    protected String what() {
        return "mailboxes";
    }

    @Override
    protected void work(DueClaims.Claimed claimed) {
        Optional<Mailbox> mailbox = transactions.inTenant(claimed.tenant(),
                () -> wiring.mailboxes().find(claimed.tenant(), claimed.id()));
        if (mailbox.isEmpty()) {
            return; // disconnected since it was claimed
        }
        MailboxSync.Report report = wiring.forOwner(claimed.tenant(), mailbox.get().owner()).sync(claimed.id());
        Tag tenant = new Tag("tenant", claimed.tenant().value());
        registry.counter(CrmMetrics.MAIL_MESSAGES_ATTACHED, tenant).inc(report.attached());
        if (report.error() != null) {
            registry.counter(CrmMetrics.MAIL_SYNC_FAILURES, tenant).inc();
        }
    }
}
