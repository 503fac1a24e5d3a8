package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantLifecycle;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The tenant itself, for its admins: what it is, an export of everything (a backup, or what the company takes with
 * it), and deleting it for good. Suspending and resuming are the platform operator's ({@code ./crm tenant}).
 */
@Path("/admin/tenant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class TenantResource {

    @Inject
    TenantLifecycle lifecycle;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    public record TenantView(String id, String slug, String name, String status, String createdAt) {
        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.id().value(), tenant.slug(), tenant.name(), tenant.status().name(),
                    tenant.createdAt().toString());
        }
    }

    public record DeletionRequest(String confirm) {
    }

    public record DeletionView(String tenant, String slug, int peopleRemoved, boolean verifiedEmpty) {
    }

    @GET
    @Operation(summary = "The caller's tenant: id, slug, name, status")
    public TenantView get() {
        return TenantView.of(lifecycle.tenant(caller.tenant()));
    }

    @GET
    @Path("export")
    @Operation(summary = "Everything the tenant has, as one JSON archive streamed from one consistent snapshot:"
            + " every row of every table and the list of its people (never passwords)")
    public Response export() {
        Tenant tenant = lifecycle.tenant(caller.tenant());
        StreamingOutput archive = out -> lifecycle.export(tenant.id(), out);
        return Response.ok(archive, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + tenant.slug() + "-"
                        + LocalDate.now(clock) + ".json\"")
                .build();
    }

    @POST
    @Path("deletion")
    @Operation(summary = "Delete the tenant for good: its people and organization in Keycloak, then every row;"
            + " {\"confirm\": \"<slug>\"} must repeat the tenant's slug. Export first if the data is wanted.")
    public DeletionView delete(DeletionRequest request) {
        Inputs.requireBody(request);
        TenantLifecycle.Deletion deletion = lifecycle.delete(caller.tenant(), request.confirm());
        return new DeletionView(deletion.tenant().id().value(), deletion.tenant().slug(), deletion.peopleRemoved(),
                deletion.verifiedEmpty());
    }
}
