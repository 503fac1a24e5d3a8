package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.TenantAdministration;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.service.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;


/** The tenant's pipeline: everyone may read it, tenant admins replace it. */
@Path("/pipeline")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PipelineResource {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    @Inject
    TenantConfiguration configuration;

    @Inject
    TenantAdministration administration;

    @GET
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(summary = "The tenant's stages with their probabilities, required fields and task templates")
    public PipelineJson get() {
        return unitOfWork.inTransaction(() -> PipelineJson.of(configuration.pipeline(caller.tenant())));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TENANT_ADMIN)
    @Operation(summary = "Replace the pipeline (tenant admins); a stage open deals sit in cannot be removed")
    public PipelineJson replace(PipelineJson request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        administration.replacePipeline(request.toPipeline());
        return get();
    }
}
