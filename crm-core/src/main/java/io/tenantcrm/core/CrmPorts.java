package io.tenantcrm.core;

import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EventPublisher;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything crm-core needs from the application embedding it: where records live, how a transaction runs, who
 * is acting, where events go, each tenant's rules, the clock, and how duplicates are found (the store's match-key
 * index and a company-name similarity). {@link io.tenantcrm.core.testkit.InMemoryCrm} provides all of them in memory.
 */
public record CrmPorts(LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
                       DealRepository deals, StageHistory stageHistory, ActivityRepository activities,
                       TaskRepository tasks, AuditLog auditLog, EventPublisher events, UnitOfWork unitOfWork,
                       CurrentUser currentUser, TenantConfiguration configuration, Clock clock,
                       DuplicateIndex duplicates, NameSimilarity nameSimilarity) {

    /** Without duplicate detection: no record is ever reported as a duplicate. */
    public CrmPorts(LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
                    DealRepository deals, StageHistory stageHistory, ActivityRepository activities,
                    TaskRepository tasks, AuditLog auditLog, EventPublisher events, UnitOfWork unitOfWork,
                    CurrentUser currentUser, TenantConfiguration configuration, Clock clock) {
        this(leads, accounts, contacts, deals, stageHistory, activities, tasks, auditLog, events, unitOfWork,
                currentUser, configuration, clock, DuplicateIndex.NONE, (a, b) -> a.equals(b) ? 1.0 : 0.0);
    }

    public CrmPorts {
        Objects.requireNonNull(leads, "leads");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(stageHistory, "stageHistory");
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(currentUser, "currentUser");
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(nameSimilarity, "nameSimilarity");
    }
}
