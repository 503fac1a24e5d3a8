package io.tenantcrm.core.tenant;

/** Whether a tenant's users may work. A suspended tenant keeps its data but nobody can sign in to it. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
