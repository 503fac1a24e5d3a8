package io.tenantcrm.service.api.quote;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteDiff;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.QuoteRepository;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.order.QuoteDocuments;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.function.Function;

/**
 * Quotes on the caller's deals (docs/orders.md): a quote is seen by whoever sees its deal, and another tenant's is
 * not there (404). Every change needs the quote's ETag in If-Match.
 */
@Path("/quotes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class QuotesResource {

    @Inject
    Quoting quoting;

    @Inject
    QuoteRepository quotes;

    @Inject
    DealRepository deals;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Inject
    QuoteDocuments documents;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("awaiting-me")
    @Operation(operationId = "quotesAwaitingMe", summary = "The quotes waiting for the caller's approval decision,"
            + " longest waiting first")
    public List<QuoteView> queue() {
        return quoting.queue().stream().map(QuoteView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuote", summary = "One quote with every version; its ETag is its version")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response get(@PathParam("id") QuoteId id) {
        Quote quote = unitOfWork.inTransaction(() -> find(id));
        return Response.ok(QuoteView.of(quote)).tag(Versions.tag(quote.version())).build();
    }

    @GET
    @Path("{id}/versions/{version}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "quoteDocument", summary = "The customer's PDF of a version: seller, buyer, lines,"
            + " totals, terms and validity, no cost or margin; in lang=en or zh-CN, else the account's language,"
            + " else the caller's (Accept-Language)")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("id") QuoteId id, @PathParam("version") int version,
                             @QueryParam("lang") String lang) {
        Quote quote = unitOfWork.inTransaction(() -> find(id));
        QuoteDocuments.Pdf pdf = documents.render(quote, version, lang, headers.getAcceptableLanguages());
        return Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .header("Content-Language", pdf.language().toLanguageTag())
                .build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(operationId = "diffQuoteVersions", summary = "What changed from one version to another")
    public QuoteDiffView diff(@PathParam("id") QuoteId id, @QueryParam("from") Integer from,
                              @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "name the two versions: ?from=1&to=2");
        }
        QuoteDiff diff = unitOfWork.inTransaction(() -> find(id)).diff(from, to);
        return new QuoteDiffView(diff.from(), diff.to(), diff.differences().stream()
                .map(d -> new QuoteDiffView.Difference(d.about(), d.field(), d.before(), d.after())).toList());
    }

    /** What changed between two versions of a quote: each difference with what it is about, before and after. */
    public record QuoteDiffView(int from, int to, List<Difference> differences) {

        /** One change: a line or the terms ({@code about}), the field, its value before and after. */
        public record Difference(String about, String field, String before, String after) {
        }
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "reviseQuote", summary = "New lines and terms: the draft changes, a submitted or sent"
            + " version is followed by the next one")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response revise(@PathParam("id") QuoteId id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "new lines and terms", value = ApiExamples.QUOTE))) QuoteRequests.QuoteRequest request) {
        Inputs.requireBody(request);
        return change(id, quote -> quoting.revise(quote.id(), quote.version(),
                QuoteRequests.lines(request.lines()), QuoteRequests.terms(request.terms())));
    }

    @POST
    @Path("{id}/submit")
    @Operation(operationId = "submitQuote", summary = "Submit the draft: approved at once within the policy, or"
            + " waiting for its first approval step")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response submit(@PathParam("id") QuoteId id) {
        return change(id, quote -> quoting.submit(quote.id(), quote.version()));
    }

    @POST
    @Path("{id}/decision")
    @Operation(operationId = "decideQuote", summary = "Approve or reject the waiting step (a rejection says why);"
            + " never on one's own quote")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response decide(@PathParam("id") QuoteId id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "a rejection with its reason", value = ApiExamples.DECISION)))
            QuoteRequests.DecisionRequest request) {
        Inputs.requireBody(request);
        return change(id, quote -> {
            if (request.approve() == null) {
                throw new InvalidValueException("approve", "true to approve, false to reject");
            }
            return quoting.decide(quote.id(), quote.version(), request.approve(), request.reason());
        });
    }

    @POST
    @Path("{id}/send")
    @Operation(operationId = "sendQuote", summary = "Send the approved latest version to the customer; it never"
            + " changes again and the follow-up reminders start")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response send(@PathParam("id") QuoteId id) {
        return change(id, quote -> quoting.send(quote.id(), quote.version()));
    }

    @POST
    @Path("{id}/accept")
    @Operation(operationId = "acceptQuote", summary = "Record that the customer accepted a version that was sent")
    @APIResponse(responseCode = "200", description = "OK; its ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "QuoteView")))
    public Response accept(@PathParam("id") QuoteId id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
                    name = "the customer took version 2", value = ApiExamples.ACCEPTED_VERSION)))
            QuoteRequests.AcceptRequest request) {
        Inputs.requireBody(request);
        return change(id, quote -> {
            if (request.version() == null) {
                throw new InvalidValueException("version", "which version did the customer accept?");
            }
            return quoting.accept(quote.id(), quote.version(), request.version());
        });
    }

    /** Looks the quote up first (another tenant's is not there, whatever the body), then checks the ETag. */
    private Response change(QuoteId id, Function<Quote, Quote> operation) {
        Quote current = unitOfWork.inTransaction(() -> find(id));
        Versions.requireMatch(headers, current.version());
        Quote changed = operation.apply(current);
        return Response.ok(QuoteView.of(changed)).tag(Versions.tag(changed.version())).build();
    }

    /** The quote, if the caller sees its deal; otherwise it is not there. */
    Quote find(QuoteId id) {
        Quote quote = quotes.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("quote", id));
        Deal deal = deals.find(caller.tenant(), quote.deal()).orElseThrow(() -> new NotFoundException("quote", id));
        if (!visibility.canSee(RecordType.DEAL, deal.id().toString(), deal.owner())) {
            throw new NotFoundException("quote", id);
        }
        return quote;
    }
}
