package io.tenantcrm.persistence;

import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.approval.ApproverDirectory;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EventPublisher;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.account.JpaContactRepository;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.deal.JpaStageHistory;
import io.tenantcrm.persistence.dedupe.JpaDuplicateIndex;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.order.JpaDocumentNumbers;
import io.tenantcrm.persistence.order.JpaOrderRepository;
import io.tenantcrm.persistence.product.JpaProductRepository;
import io.tenantcrm.persistence.quote.JpaQuoteRepository;
import io.tenantcrm.persistence.sla.JpaSlaTimers;
import io.tenantcrm.persistence.tenancy.EntityManagers;

import java.time.Clock;

/** crm-core's ports backed by JPA on PostgreSQL, ready for {@link io.tenantcrm.core.Crm}. */
public final class JpaCrm {

    private JpaCrm() {
    }

    /** With company names matching only when their core names are equal. */
    public static CrmPorts ports(EntityManagers ems, UnitOfWork unitOfWork, EventPublisher events,
                                 CurrentUser currentUser, TenantConfiguration configuration, Clock clock) {
        return ports(ems, unitOfWork, events, currentUser, configuration, clock, (a, b) -> a.equals(b) ? 1.0 : 0.0);
    }

    /** With the company-name similarity duplicate checks use on the candidates the match-key index finds. */
    public static CrmPorts ports(EntityManagers ems, UnitOfWork unitOfWork, EventPublisher events,
                                 CurrentUser currentUser, TenantConfiguration configuration, Clock clock,
                                 NameSimilarity similarity) {
        return new CrmPorts(new JpaLeadRepository(ems), new JpaAccountRepository(ems), new JpaContactRepository(ems),
                new JpaDealRepository(ems), new JpaStageHistory(ems), new JpaActivityRepository(ems),
                new JpaTaskRepository(ems), new JpaAuditLog(ems), events, unitOfWork, currentUser, configuration,
                clock, new JpaDuplicateIndex(ems), similarity);
    }

    /**
     * The quote-to-cash chain and the SLA clocks on JPA ({@link CrmPorts#withSelling}); who approves a discount
     * by role comes from the application (its identity directory).
     */
    public static CrmPorts.Selling selling(EntityManagers ems, ApproverDirectory approvers, Clock clock) {
        return new CrmPorts.Selling(new JpaProductRepository(ems), new JpaQuoteRepository(ems),
                new JpaOrderRepository(ems), new JpaDocumentNumbers(ems), approvers, new JpaSlaTimers(ems),
                new JpaSalesTeams(ems, clock));
    }
}
