package io.tenantcrm.core.tenant;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do inside a tenant. A user may hold several roles. */
public enum CrmRole {
    /** Manages the tenant's users, roles and configuration. */
    TENANT_ADMIN("tenant-admin"),
    /** Sees the team's records, reassigns them, reads reports. */
    SALES_MANAGER("sales-manager"),
    /** Works own records and those shared with them. */
    SALES_REP("sales-rep");

    private final String roleName;

    CrmRole(String roleName) {
        this.roleName = roleName;
    }

    /** The name the identity provider and the tokens use, e.g. {@code sales-rep}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<CrmRole> fromRoleName(String roleName) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
    }
}
