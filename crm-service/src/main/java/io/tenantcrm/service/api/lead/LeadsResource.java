package io.tenantcrm.service.api.lead;

import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadIntake;
import io.tenantcrm.core.lead.LeadQueries;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.duplicate.DuplicateView;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.idempotency.Idempotency;
import io.tenantcrm.service.security.CallerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The leads of the caller's tenant: taking inquiries in and the work queues. One lead: {@link LeadResource}. */
@Path("/leads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class LeadsResource {

    @Inject
    LeadReception reception;

    @Inject
    LeadQueries leads;


    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Idempotency idempotency;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    /** The answer of a list call: one page and the cursor of the next. */
    public record LeadPage(List<LeadView> items, String next) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take in an inquiry", description = "Needs a source, a name (person or company), an email"
            + " or a phone, and whatever the tenant requires (by default the country). A tenant with assignment"
            + " rules has the lead assigned at once (GET /leads/{id}/ownership explains to whom and why). The"
            + " answer lists possibleDuplicates (leads, contacts, accounts, with score and reasons); a tenant with"
            + " crm.duplicates.on-intake=block refuses a sure duplicate with 409 naming it.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response receive(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "an inquiry from the web form", value = ApiExamples.LEAD))) LeadRequest request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        return idempotency.create(idempotencyKey, request, () -> {
            LeadIntake.Received received = reception.receive(request.toNewLead());
            return Response.created(uri.getAbsolutePathBuilder().path(received.lead().id().toString()).build())
                    .entity(LeadView.of(received.lead(), DuplicateView.of(received.possibleDuplicates()))).build();
        });
    }

    @GET
    @Operation(summary = "Lists leads, oldest inquiry first, a page at a time",
            description = "view=unassigned (default) or view=mine&status=NEW|WORKING|...; pass the returned"
                    + " next cursor as after= for the following page.")
    public LeadPage list(@QueryParam("view") @DefaultValue("unassigned") String view,
                         @QueryParam("status") @DefaultValue("NEW") String status,
                         @QueryParam("size") @DefaultValue("50") int size,
                         @QueryParam("after") String after) {
        PageRequest page = new PageRequest(size, after);
        Page<Lead> result = unitOfWork.inTransaction(() -> switch (view) {
            case "unassigned" -> leads.unassigned(caller.tenant(), page);
            case "mine" -> leads.leadsOf(caller.tenant(), caller.user(), leadStatus(status), page);
            default -> throw new InvalidValueException("view", "must be unassigned or mine");
        });
        return new LeadPage(result.items().stream().map(LeadView::of).toList(), result.next());
    }

    private static LeadStatus leadStatus(String status) {
        try {
            return LeadStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "must be one of "
                    + Arrays.toString(LeadStatus.values()));
        }
    }
}
