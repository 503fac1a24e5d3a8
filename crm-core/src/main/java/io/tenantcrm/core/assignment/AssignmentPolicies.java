package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port: each tenant's assignment policy (none: leads wait in the unassigned queue). */
public interface AssignmentPolicies {

    Optional<AssignmentPolicy> of(TenantId tenant);

    /** Replaces the policy; every pool it names gets a rotation that starts from its first member. */
    void save(TenantId tenant, AssignmentPolicy policy);
}
