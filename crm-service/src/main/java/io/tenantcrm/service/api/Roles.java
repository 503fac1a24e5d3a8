package io.tenantcrm.service.api;

import io.tenantcrm.core.tenant.CrmRole;

/** The CRM roles as constants for {@code @RolesAllowed}; the names match {@link CrmRole#roleName()}. */
public final class Roles {

    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String SALES_REP = "sales-rep";

    private Roles() {
    }
}
