package io.tenantcrm.service.security;

import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.service.tenant.KnownTenants;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A valid token is not enough: its tenant must be known and active. A suspended tenant's users are refused with
 * 403 on every call, even with tokens issued before the suspension ({@link KnownTenants} hears of it at once).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class ActiveTenantFilter implements ContainerRequestFilter {

    @Inject
    KnownTenants tenants;

    @Override
    public void filter(ContainerRequestContext request) {
        var verified = CallerContextProducer.tokenOf(request.getProperty(BearerTokenMechanism.TOKEN));
        if (verified.isEmpty()) {
            return; // unauthenticated calls are RoleCheck's to refuse
        }
        var tenantId = CallerContextProducer.tenantOf(verified.get()).orElseThrow(() -> new ForbiddenException(
                "the token names no single organization, so no tenant can be chosen"));
        Tenant tenant = tenants.find(tenantId).orElseThrow(() ->
                new ForbiddenException("this organization has no tenant on the platform"));
        if (!tenant.isActive()) {
            throw new ForbiddenException("the tenant " + tenant.slug() + " is suspended; its administrators can"
                    + " ask the platform operator to resume it");
        }
    }
}
