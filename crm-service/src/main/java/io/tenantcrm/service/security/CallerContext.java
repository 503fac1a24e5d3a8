package io.tenantcrm.service.security;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;

import java.util.Set;

/**
 * Who is calling, as the verified token says: the user, the one tenant the user belongs to, and the CRM roles.
 * The service takes the tenant from here only, never from a header or a body.
 */
public record CallerContext(UserId user, String username, TenantId tenant, Set<CrmRole> roles) {

    public CallerContext {
        roles = Set.copyOf(roles);
    }
}
