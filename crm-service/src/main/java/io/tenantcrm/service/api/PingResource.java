package io.tenantcrm.service.api;

import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.tenant.KnownTenants;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Says who the caller is and which tenant they work in: the smallest call that crosses every layer. */
@Path("/ping")
@RequestScoped
public class PingResource {

    @Inject
    CallerContext caller;

    @Inject
    KnownTenants tenants;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Timed(name = "ping", description = "Time to answer an authenticated ping (the tenant from memory)")
    @Operation(summary = "Who am I", description = "The caller, their roles and their tenant as the service sees them.")
    public Pong ping() {
        Tenant tenant = tenants.find(caller.tenant())
                .filter(Tenant::isActive)
                .orElseThrow(() -> new ForbiddenException("the tenant of this token is not active here"));
        List<String> roles = caller.roles().stream().map(r -> r.roleName()).sorted().toList();
        return new Pong(caller.username(), roles, new Pong.PongTenant(tenant.id().value(), tenant.slug(), tenant.name()),
                Instant.now(clock));
    }

    /** The answer of {@code GET /api/v1/ping}. */
    public record Pong(String user, List<String> roles, PongTenant tenant, Instant serverTime) {
        public record PongTenant(String id, String slug, String name) {
        }
    }
}
