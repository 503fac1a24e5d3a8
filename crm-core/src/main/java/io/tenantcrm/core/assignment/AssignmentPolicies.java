package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port: each tenant's assignment policy (none: leads wait in the unassigned queue). */
public interface AssignmentPolicies {

    Optional<AssignmentPolicy> of(TenantId tenant);

    /**
     * Replaces the policy. Every pool it names has a rotation: a new pool starts from its first member, a pool the
     * tenant had keeps where its rotation stands, so editing the rules does not give the next lead to whoever is
     * first again.
     */
    void save(TenantId tenant, AssignmentPolicy policy);
}
