package io.tenantcrm.service.mailbox;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.mailbox.MailboxConnection;
import io.tenantcrm.core.mailbox.MailboxSync;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.mail.ImapMailServer;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.mailbox.JpaCorrespondents;
import io.tenantcrm.persistence.mailbox.JpaMailboxes;
import io.tenantcrm.persistence.secrets.MasterKey;
import io.tenantcrm.persistence.secrets.TenantSecrets;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.service.crm.CdiEventPublisher;
import io.tenantcrm.service.crm.CrmWiring;
import io.tenantcrm.service.crm.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Email sync wired for the service: connecting and syncing for the calling user, and syncing for the background
 * syncer, which acts as each mailbox's owner inside the owner's tenant (so an outbound reply counts as the owner's).
 * Deployment settings: {@code crm.mail.*} (docs/intake.md).
 */
@ApplicationScoped
public class MailboxWiring {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    @Inject
    CdiEventPublisher events;

    @Inject
    TenantTransactions transactions;

    @Inject
    CrmWiring wiring;

    @Inject
    SlaClocks requestClocks;

    @Inject
    Crm requestCrm;


    @Inject
    MasterKey master;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "crm.mail.allow-unencrypted", defaultValue = "false")
    boolean allowUnencrypted;

    @Inject
    @ConfigProperty(name = "crm.mail.sync.every", defaultValue = "PT5M")
    Duration syncEvery;

    @Inject
    @ConfigProperty(name = "crm.mail.sync.batch", defaultValue = "100")
    int batch;

    @Inject
    @ConfigProperty(name = "crm.mail.body-limit", defaultValue = "20000")
    int bodyLimit;

    @Inject
    @ConfigProperty(name = "crm.mail.first-sync-reach", defaultValue = "P30D")
    Duration firstSyncReach;

    @Inject
    @ConfigProperty(name = "crm.mail.timeout", defaultValue = "PT20S")
    Duration timeout;

    private final SecureRandom random = new SecureRandom();

    JpaMailboxes mailboxes() {
        EntityManagers ems = () -> em;
        return new JpaMailboxes(ems, new TenantSecrets(ems, master, random, clock), syncEvery);
    }

    private MailboxSync.Limits limits() {
        return new MailboxSync.Limits(batch, bodyLimit, firstSyncReach);
    }

    @Produces
    @Singleton
    MailboxConnection connection() {
        return new MailboxConnection(mailboxes(), new ImapMailServer(timeout), allowUnencrypted,
                new Recorder(unitOfWork, new JpaAuditLog(() -> em), events, caller, clock));
    }

    /** Sync as the calling user: only their own mailboxes. */
    @Produces
    @Singleton
    MailboxSync forCaller() {
        return new MailboxSync(mailboxes(), new ImapMailServer(timeout), new JpaCorrespondents(() -> em),
                requestCrm.timeline(), requestClocks, limits(),
                new Recorder(unitOfWork, new JpaAuditLog(() -> em), events, caller, clock));
    }

    /** Sync as the mailbox's owner, in their tenant: the background syncer. */
    MailboxSync forOwner(TenantId tenant, UserId owner) {
        CurrentUser acting = TenantTransactions.actingAs(tenant, owner);
        UnitOfWork inTenant = transactions.of(tenant);
        EntityManagers ems = () -> em;
        Crm crm = wiring.actingAs(tenant, owner);
        return new MailboxSync(mailboxes(), new ImapMailServer(timeout), new JpaCorrespondents(ems), crm.timeline(),
                crm.slaClocks(), limits(),
                new Recorder(inTenant, new JpaAuditLog(ems), events, acting, clock));
    }
}
