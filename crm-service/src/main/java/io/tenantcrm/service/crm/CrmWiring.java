package io.tenantcrm.service.crm;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.access.OwnedWork;
import io.tenantcrm.core.access.RecordShares;
import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.assignment.AssignmentPolicies;
import io.tenantcrm.core.assignment.LeadRouting;
import io.tenantcrm.core.assignment.PersonSchedules;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.board.PipelineBoard;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.dedupe.DuplicateScans;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.health.ProcessHealthReport;
import io.tenantcrm.matching.NameMatching;
import io.tenantcrm.core.lead.LeadQueries;
import io.tenantcrm.core.search.Search;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.merge.MergeStore;
import io.tenantcrm.core.merge.RecordMerge;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.ConfiguredTenants;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.IntakeKeyAdministration;
import io.tenantcrm.core.tenant.TenantAdministration;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.tenant.TenantSettings;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.access.JpaOwnedWork;
import io.tenantcrm.persistence.access.JpaRecordShares;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.account.JpaContactRepository;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.assignment.JpaAssignmentPolicies;
import io.tenantcrm.persistence.assignment.JpaPersonSchedules;
import io.tenantcrm.persistence.assignment.JpaPoolStates;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.deal.JpaStageHistory;
import io.tenantcrm.persistence.dedupe.JpaDuplicateScans;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.merge.JpaMergeStore;
import io.tenantcrm.persistence.pipeline.JpaPipelineRepository;
import io.tenantcrm.persistence.search.JpaRecordSearch;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenant.JpaIntakeKeys;
import io.tenantcrm.service.assignment.KeptAssignmentPolicies;
import io.tenantcrm.service.config.TenantConfig;
import io.tenantcrm.service.identity.KeycloakConnection;
import io.tenantcrm.service.tenant.TenantChangeWatch;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * crm-core wired for the service: its ports on JPA over the container's transaction-scoped EntityManager, the
 * caller from the token, JTA transactions, CDI events, and each tenant's configuration through MicroProfile Config
 * ({@link TenantConfig} is the {@link TenantSettings} port).
 */
@ApplicationScoped
public class CrmWiring {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    JtaUnitOfWork unitOfWork;

    @Inject
    CdiEventPublisher events;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    @Inject
    TenantChangeWatch watch;

    @Inject
    PlatformTransactions registry;

    @Resource
    TransactionSynchronizationRegistry transactionRegistry;

    @Inject
    TenantTransactions transactions;

    @Inject
    KeycloakConnection keycloak;

    /** This bean's own ports, looked up when a worker needs them (injecting them here would be circular). */
    @Inject
    Instance<CrmPorts> ports;

    private EntityManagers entityManagers() {
        return () -> em;
    }

    @Produces
    @Singleton
    TenantConfiguration configuration(TenantSettings settings) {
        return new ConfiguredTenants(new JpaPipelineRepository(entityManagers()), settings);
    }

    @Produces
    @Singleton
    TenantAdministration administration(TenantSettings settings, TenantConfiguration configuration,
                                        DealQueries deals) {
        return new TenantAdministration(settings, new JpaPipelineRepository(entityManagers()), deals, configuration,
                new Recorder(unitOfWork, new JpaAuditLog(entityManagers()), events, caller, clock));
    }

    /**
     * crm-core's ports, once: the records on JPA, the request's transaction and caller, CDI events, the tenant's
     * configuration, and the quote-to-cash chain with approvers by role from the identity directory (enabled
     * members only).
     */
    @Produces
    @Singleton
    CrmPorts ports(TenantConfiguration configuration, NameSimilarity similarity) {
        ApproverDirectory approvers = ApproverDirectory.of(new JpaSalesTeams(entityManagers(), clock),
                (tenant, role) -> keycloak.directory().members(tenant).stream()
                        .filter(p -> p.enabled() && p.roles().contains(role))
                        .map(IdentityDirectory.Person::id).collect(Collectors.toSet()));
        return JpaCrm.ports(entityManagers(), unitOfWork, events, caller, configuration, clock, similarity)
                .withSelling(JpaCrm.selling(entityManagers(), approvers, clock));
    }

    /** The use cases for requests: acting as the caller, in the request's transaction. */
    @Produces
    @Singleton
    Crm crm(CrmPorts ports) {
        return new Crm(ports);
    }

    /** The use cases for one of the service's workers (the SLA scheduler, email sync) acting for someone in a tenant. */
    public Crm actingAs(TenantId tenant, UserId who) {
        return new Crm(ports.get().actingThrough(transactions.of(tenant), TenantTransactions.actingAs(tenant, who)));
    }

    /** How alike two names are (Jaro-Winkler) and a name in Latin letters (ICU4J): crm-matching. */
    @Produces
    @Singleton
    NameSimilarity nameSimilarity() {
        return new NameMatching();
    }

    @Produces
    @Singleton
    ContactRepository contactRepository() {
        return new JpaContactRepository(entityManagers());
    }

    @Produces
    @Singleton
    JpaIntakeKeys intakeKeys() {
        return new JpaIntakeKeys(entityManagers());
    }

    @Produces
    @Singleton
    IntakeKeyAdministration intakeKeyAdministration(JpaIntakeKeys keys) {
        return new IntakeKeyAdministration(keys, new Recorder(unitOfWork, new JpaAuditLog(entityManagers()), events,
                caller, clock), new SecureRandom());
    }

    @Produces
    @Singleton
    MergeStore mergeStore() {
        return new JpaMergeStore(entityManagers());
    }

    @Produces
    @Singleton
    RecordMerge recordMerge(MergeStore store) {
        return new RecordMerge(new JpaLeadRepository(entityManagers()), new JpaAccountRepository(entityManagers()),
                new JpaContactRepository(entityManagers()), new JpaAuditLog(entityManagers()), store,
                new Recorder(unitOfWork, new JpaAuditLog(entityManagers()), events, caller, clock));
    }

    @Produces
    @Singleton
    DuplicateScans duplicateScans() {
        return new JpaDuplicateScans(entityManagers());
    }

    @Produces
    @Singleton
    LeadQueries leadQueries() {
        return new JpaLeadRepository(entityManagers());
    }

    @Produces
    @Singleton
    LeadRepository leadRepository() {
        return new JpaLeadRepository(entityManagers());
    }

    @Produces
    @Singleton
    ActivityRepository activities() {
        return new JpaActivityRepository(entityManagers());
    }

    @Produces
    @Singleton
    StageHistory stageHistory() {
        return new JpaStageHistory(entityManagers());
    }

    @Produces
    @Singleton
    DealRepository dealRepository() {
        return new JpaDealRepository(entityManagers());
    }

    @Produces
    @Singleton
    AccountRepository accountRepository() {
        return new JpaAccountRepository(entityManagers());
    }

    @Produces
    @Singleton
    AssignmentPolicies assignmentPolicies() {
        return new KeptAssignmentPolicies(new JpaAssignmentPolicies(entityManagers(), clock), registry, watch,
                transactionRegistry);
    }

    @Produces
    @Singleton
    LeadRouting leadRouting(AssignmentPolicies policies, LeadRepository leads, TenantConfiguration configuration) {
        return new LeadRouting(policies, new JpaPoolStates(entityManagers()), leads, configuration,
                new Recorder(unitOfWork, new JpaAuditLog(entityManagers()), events, caller, clock));
    }

    @Produces
    @Singleton
    AuditLog auditLog() {
        return new JpaAuditLog(entityManagers());
    }

    @Produces
    @Singleton
    PersonSchedules personSchedules() {
        return new JpaPersonSchedules(entityManagers(), clock);
    }

    @Produces
    @Singleton
    SalesTeams salesTeams() {
        return new JpaSalesTeams(entityManagers(), clock);
    }

    @Produces
    @Singleton
    OwnedWork ownedWork() {
        return new JpaOwnedWork(entityManagers());
    }

    @Produces
    @Singleton
    RecordShares recordShares() {
        return new JpaRecordShares(entityManagers());
    }

    @Produces
    @Singleton
    DealQueries dealQueries() {
        return new JpaDealRepository(entityManagers());
    }

    @Produces
    @Singleton
    PipelineBoard pipelineBoard(DealQueries deals, TenantConfiguration configuration) {
        return new PipelineBoard(deals, configuration, unitOfWork, clock);
    }

    @Produces
    @Singleton
    ProcessHealthReport processHealthReport(TenantConfiguration configuration, DealQueries deals) {
        EntityManagers ems = entityManagers();
        return new ProcessHealthReport(new ProcessHealthReport.Ports(new JpaActivityRepository(ems),
                new JpaAccountRepository(ems), deals, new JpaStageHistory(ems),
                new io.tenantcrm.persistence.order.JpaOrderRepository(ems), configuration), unitOfWork, caller);
    }

    @Produces
    @Singleton
    Search search() {
        return new Search(new JpaRecordSearch(entityManagers()), unitOfWork);
    }
}
