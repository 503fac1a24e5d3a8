package io.tenantcrm.launcher;

import io.tenantcrm.core.shared.TenantId;

import java.util.List;

/** A tenant created by the launcher in both PostgreSQL and Keycloak, with one user per CRM role. */
public record SeededTenant(TenantId id, String slug, String name, List<DemoUser> users) {

    public DemoUser user(io.tenantcrm.core.tenant.CrmRole role) {
        return users.stream().filter(u -> u.role() == role).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + role + " in tenant " + slug));
    }
}
