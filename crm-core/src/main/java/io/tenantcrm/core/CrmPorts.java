package io.tenantcrm.core;

import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.order.OrderRepository;
import io.tenantcrm.core.product.ProductRepository;
import io.tenantcrm.core.quote.QuoteRepository;
import io.tenantcrm.core.shared.DocumentNumbers;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EventPublisher;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.sla.SlaTimers;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.time.Clock;
import java.util.Objects;

/**
 * Everything crm-core needs from the application embedding it: where records live, how a transaction runs, who
 * is acting, where events go, each tenant's rules, the clock, and how duplicates are found (the store's match-key
 * index and a company-name similarity); and, for quotes, orders and the SLA clocks, what {@link Selling} names
 * ({@link #withSelling}; {@code selling} is null without it, and the facade then has no quoting, ordering,
 * catalogue or SLA clocks).
 * {@link io.tenantcrm.core.testkit.InMemoryCrm} provides all of them in memory.
 */
public record CrmPorts(LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
                       DealRepository deals, StageHistory stageHistory, ActivityRepository activities,
                       TaskRepository tasks, AuditLog auditLog, EventPublisher events, UnitOfWork unitOfWork,
                       CurrentUser currentUser, TenantConfiguration configuration, Clock clock,
                       DuplicateIndex duplicates, NameSimilarity nameSimilarity, Selling selling) {

    /**
     * What quoting, ordering and the SLA clocks need beyond the sales records: the product catalogue, quotes and
     * orders, document numbers, who approves a discount, the SLA timers, and who manages whom.
     */
    public record Selling(ProductRepository products, QuoteRepository quotes, OrderRepository orders,
                          DocumentNumbers numbers, ApproverDirectory approvers, SlaTimers slaTimers,
                          SalesTeams salesTeams) {

        public Selling {
            Objects.requireNonNull(products, "products");
            Objects.requireNonNull(quotes, "quotes");
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(numbers, "numbers");
            Objects.requireNonNull(approvers, "approvers");
            Objects.requireNonNull(slaTimers, "slaTimers");
            Objects.requireNonNull(salesTeams, "salesTeams");
        }
    }

    /** Without the quote-to-cash chain and the SLA clocks. */
    public CrmPorts(LeadRepository leads, AccountRepository accounts, ContactRepository contacts,
                    DealRepository deals, StageHistory stageHistory, ActivityRepository activities,
                    TaskRepository tasks, AuditLog auditLog, EventPublisher events, UnitOfWork unitOfWork,
                    CurrentUser currentUser, TenantConfiguration configuration, Clock clock,
                    DuplicateIndex duplicates, NameSimilarity nameSimilarity) {
        this(leads, accounts, contacts, deals, stageHistory, activities, tasks, auditLog, events, unitOfWork,
                currentUser, configuration, clock, duplicates, nameSimilarity, null);
    }

    /** The same ports with the quote-to-cash chain and the SLA clocks. */
    public CrmPorts withSelling(Selling selling) {
        return new CrmPorts(leads, accounts, contacts, deals, stageHistory, activities, tasks, auditLog, events,
                unitOfWork, currentUser, configuration, clock, duplicates, nameSimilarity,
                Objects.requireNonNull(selling, "selling"));
    }

    /**
     * The same ports acting through another transaction and caller: a background worker acting for someone in
     * one tenant, where a request acts for whoever sent it.
     */
    public CrmPorts actingThrough(UnitOfWork otherUnitOfWork, CurrentUser otherCaller) {
        return new CrmPorts(leads, accounts, contacts, deals, stageHistory, activities, tasks, auditLog, events,
                Objects.requireNonNull(otherUnitOfWork, "otherUnitOfWork"),
                Objects.requireNonNull(otherCaller, "otherCaller"), configuration, clock, duplicates, nameSimilarity,
                selling);
    }

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
