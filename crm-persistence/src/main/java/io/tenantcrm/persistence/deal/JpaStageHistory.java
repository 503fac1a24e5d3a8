package io.tenantcrm.persistence.deal;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.StageHistory;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/** {@link StageHistory} on JPA. Append-only: the application role may not update or delete these rows. */
public class JpaStageHistory extends TenantScoped implements StageHistory {

    public JpaStageHistory(EntityManagers ems) {
        super(ems);
    }

    @Override
    public void append(List<StageTransition> transitions) {
        for (StageTransition transition : transitions) {
            em(transition.tenant()).persist(StageTransitionEntity.from(transition));
        }
    }

    @Override
    public List<StageTransition> of(TenantId tenant, DealId deal) {
        return em(tenant).createQuery("select t from StageTransitionEntity t where t.dealId = :deal"
                        + " order by t.at, t.id", StageTransitionEntity.class)
                .setParameter("deal", deal.value())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<StageTransition> between(TenantId tenant, Instant from, Instant to) {
        return em(tenant).createQuery("select t from StageTransitionEntity t where t.at >= :from and t.at < :to"
                        + " order by t.at, t.id", StageTransitionEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }
}
