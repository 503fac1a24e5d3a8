package io.tenantcrm.service.api.quote;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.List;
import java.util.UUID;

/** A deal's quotes: listed and started here, worked at {@code /quotes/{id}}; whoever sees the deal sees them. */
@Path("/deals/{dealId}/quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class DealQuotesResource {

    @Inject
    Quoting quoting;

    @Inject
    DealRepository deals;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listDealQuotes", summary = "The deal's quotes, newest first, every version")
    public List<QuoteView> ofDeal(@PathParam("dealId") String dealId) {
        return unitOfWork.inTransaction(() -> quoting.ofDeal(deal(dealId).id()).stream().map(QuoteView::of)
                .toList());
    }

    @POST
    @Operation(operationId = "startQuote", summary = "Start a quote on the deal: version 1 as a draft, numbered")
    @APIResponse(responseCode = "201", description = "Created; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response start(@PathParam("dealId") String dealId,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "a catalogue line and freight", value = ApiExamples.QUOTE)))
            QuoteRequests.QuoteRequest request) {
        Inputs.requireBody(request);
        Deal deal = unitOfWork.inTransaction(() -> deal(dealId));
        Quote quote = quoting.start(deal.id(), request.currency(), QuoteRequests.lines(request.lines()),
                QuoteRequests.terms(request.terms()));
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(quote.id().toString()).build())
                .entity(QuoteView.of(quote)).tag(Versions.tag(quote.version())).build();
    }

    private Deal deal(String id) {
        DealId dealId;
        try {
            dealId = new DealId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("deal", id);
        }
        Deal deal = deals.find(caller.tenant(), dealId).orElseThrow(() -> new NotFoundException("deal", id));
        return visibility.require(RecordType.DEAL, deal.id().value(), deal.owner(), deal);
    }
}
