package io.tenantcrm.persistence.assignment;

import io.tenantcrm.core.assignment.PoolState;
import io.tenantcrm.core.assignment.PoolStates;
import io.tenantcrm.core.assignment.SalesPool;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PoolStates} on JPA: the rotation row read {@code FOR UPDATE} (a pessimistic lock held to the end of the
 * transaction), and the members' open leads counted on the owner index.
 */
public class JpaPoolStates extends TenantScoped implements PoolStates {

    private static final List<LeadStatus> CLOSED = List.of(LeadStatus.CONVERTED, LeadStatus.DISQUALIFIED);

    public JpaPoolStates(EntityManagers ems) {
        super(ems);
    }

    @Override
    public PoolState lock(TenantId tenant, SalesPool pool) {
        EntityManager em = em(tenant);
        PoolRotationEntity rotation = em.find(PoolRotationEntity.class, pool.name(), LockModeType.PESSIMISTIC_WRITE);
        if (rotation == null) {
            throw new IllegalStateException("pool " + pool.name() + " has no rotation row; save the policy again");
        }
        Map<UserId, Integer> open = new HashMap<>();
        em.createQuery("select l.ownerId, count(l) from LeadEntity l where l.ownerId in :members"
                        + " and l.status not in :closed group by l.ownerId", Object[].class)
                .setParameter("members", pool.members().stream().map(UserId::value).toList())
                .setParameter("closed", CLOSED)
                .getResultStream().forEach(row -> open.put(UserId.of((String) row[0]), ((Number) row[1]).intValue()));
        return new PoolState(rotation.lastAssigned() == null ? null : UserId.of(rotation.lastAssigned()), open);
    }

    @Override
    public void advance(TenantId tenant, String pool, UserId assigned) {
        PoolRotationEntity rotation = em(tenant).find(PoolRotationEntity.class, pool);
        rotation.advanceTo(assigned.value());
    }
}
