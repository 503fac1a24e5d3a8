package io.tenantcrm.core.testkit;

import io.tenantcrm.core.assignment.PoolState;
import io.tenantcrm.core.assignment.PoolStates;
import io.tenantcrm.core.assignment.SalesPool;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link PoolStates} in memory: the rotation kept by {@link InMemoryAssignmentPolicies}, the members' open leads
 * counted from the store's leads. {@link InMemoryCrm}'s transactions run one at a time, which is the lock.
 */
public final class InMemoryPoolStates implements PoolStates {

    private static final Set<LeadStatus> CLOSED = Set.of(LeadStatus.CONVERTED, LeadStatus.DISQUALIFIED);

    private final Object lock;
    private final InMemoryAssignmentPolicies policies;
    private final Function<TenantId, Stream<Lead>> leads;

    InMemoryPoolStates(Object lock, InMemoryAssignmentPolicies policies, Function<TenantId, Stream<Lead>> leads) {
        this.lock = lock;
        this.policies = policies;
        this.leads = leads;
    }

    @Override
    public PoolState lock(TenantId tenant, SalesPool pool) {
        synchronized (lock) {
            if (!policies.hasPool(tenant, pool.name())) {
                throw new IllegalStateException("pool " + pool.name() + " has no rotation; save the policy again");
            }
            Set<UserId> members = Set.copyOf(pool.members());
            Map<UserId, Integer> open = new HashMap<>();
            leads.apply(tenant).filter(l -> l.owner() != null && members.contains(l.owner())
                    && !CLOSED.contains(l.status())).forEach(l -> open.merge(l.owner(), 1, Integer::sum));
            return new PoolState(policies.lastAssigned(tenant, pool.name()), open);
        }
    }

    @Override
    public void advance(TenantId tenant, String pool, UserId assigned) {
        synchronized (lock) {
            if (!policies.hasPool(tenant, pool)) {
                throw new IllegalStateException("pool " + pool + " has no rotation; save the policy again");
            }
            policies.advance(tenant, pool, assigned);
        }
    }
}
