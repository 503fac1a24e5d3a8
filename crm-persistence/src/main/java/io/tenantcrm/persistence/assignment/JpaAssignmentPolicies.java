package io.tenantcrm.persistence.assignment;

import io.tenantcrm.core.assignment.AssignmentPolicies;
import io.tenantcrm.core.assignment.AssignmentPolicy;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.Optional;

/** {@link AssignmentPolicies} on JPA: the policy as a JSON document, a rotation row per pool. */
public class JpaAssignmentPolicies extends TenantScoped implements AssignmentPolicies {

    private final Clock clock;

    public JpaAssignmentPolicies(EntityManagers ems, Clock clock) {
        super(ems);
        this.clock = clock;
    }

    @Override
    public Optional<AssignmentPolicy> of(TenantId tenant) {
        return Optional.ofNullable(em(tenant).find(AssignmentPolicyEntity.class, AssignmentPolicyEntity.DEFAULT))
                .map(row -> PolicyDocument.read(row.document()));
    }

    @Override
    public void save(TenantId tenant, AssignmentPolicy policy) {
        EntityManager em = em(tenant);
        String document = PolicyDocument.write(policy);
        AssignmentPolicyEntity row = em.find(AssignmentPolicyEntity.class, AssignmentPolicyEntity.DEFAULT);
        if (row == null) {
            em.persist(new AssignmentPolicyEntity(AssignmentPolicyEntity.DEFAULT, document, clock.instant()));
        } else {
            row.replace(document, clock.instant());
        }
        for (String pool : policy.pools().keySet()) {
            if (em.find(PoolRotationEntity.class, pool) == null) {
                em.persist(new PoolRotationEntity(pool));
            }
        }
        em.flush();
    }
}
