package io.tenantcrm.core.testkit;

import io.tenantcrm.core.assignment.AssignmentPolicies;
import io.tenantcrm.core.assignment.AssignmentPolicy;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AssignmentPolicies} in memory, inside {@link InMemoryCrm}'s transactions, with each pool's rotation
 * (who got its last lead), which {@link InMemoryPoolStates} reads and moves on.
 */
public final class InMemoryAssignmentPolicies implements AssignmentPolicies, Transactional {

    /** A tenant's policy and, per pool, who got its last lead (absent: nobody yet). */
    private record Kept(AssignmentPolicy policy, Map<String, UserId> lastAssigned) {
    }

    private final Object lock;
    private Map<TenantId, Kept> kept = new HashMap<>();

    InMemoryAssignmentPolicies(Object lock) {
        this.lock = lock;
    }

    @Override
    public Optional<AssignmentPolicy> of(TenantId tenant) {
        synchronized (lock) {
            return Optional.ofNullable(kept.get(tenant)).map(Kept::policy);
        }
    }

    @Override
    public void save(TenantId tenant, AssignmentPolicy policy) {
        synchronized (lock) {
            // a pool the tenant had keeps where its rotation stands; a new one starts from its first member
            Map<String, UserId> last = new HashMap<>();
            Kept before = kept.get(tenant);
            if (before != null) {
                before.lastAssigned().forEach((pool, user) -> {
                    if (policy.pools().containsKey(pool)) {
                        last.put(pool, user);
                    }
                });
            }
            kept.put(tenant, new Kept(policy, last));
        }
    }

    /** Whether the tenant's policy has the pool (the rotation exists once the policy naming it is saved). */
    boolean hasPool(TenantId tenant, String pool) {
        Kept mine = kept.get(tenant);
        return mine != null && mine.policy().pools().containsKey(pool);
    }

    UserId lastAssigned(TenantId tenant, String pool) {
        Kept mine = kept.get(tenant);
        return mine == null ? null : mine.lastAssigned().get(pool);
    }

    void advance(TenantId tenant, String pool, UserId assigned) {
        kept.get(tenant).lastAssigned().put(pool, assigned);
    }

    @Override
    public Object snapshot() {
        Map<TenantId, Kept> copy = new HashMap<>();
        kept.forEach((tenant, mine) -> copy.put(tenant, new Kept(mine.policy(), new HashMap<>(mine.lastAssigned()))));
        return copy;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        kept = (Map<TenantId, Kept>) snapshot;
    }
}
