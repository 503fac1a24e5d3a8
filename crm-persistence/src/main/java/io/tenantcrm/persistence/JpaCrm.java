package io.tenantcrm.persistence;

import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EventPublisher;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.account.JpaContactRepository;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.deal.JpaStageHistory;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.tenancy.EntityManagers;

import java.time.Clock;

/** crm-core's ports backed by JPA on PostgreSQL, ready for {@link io.tenantcrm.core.Crm}. */
public final class JpaCrm {

    private JpaCrm() {
    }

    public static CrmPorts ports(EntityManagers ems, UnitOfWork unitOfWork, EventPublisher events,
                                 CurrentUser currentUser, TenantConfiguration configuration, Clock clock) {
        return new CrmPorts(new JpaLeadRepository(ems), new JpaAccountRepository(ems), new JpaContactRepository(ems),
                new JpaDealRepository(ems), new JpaStageHistory(ems), new JpaActivityRepository(ems),
                new JpaTaskRepository(ems), new JpaAuditLog(ems), events, unitOfWork, currentUser, configuration,
                clock);
    }
}
