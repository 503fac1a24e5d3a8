package io.tenantcrm.service.api.deal;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealChange;
import io.tenantcrm.core.deal.DealEdit;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.LossReason;
import io.tenantcrm.core.health.DealHealth;
import io.tenantcrm.core.health.DealHealthRating;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Deals of the caller's tenant through the pipeline. Every change needs the deal's ETag in If-Match and answers
 * with the new state, its ETag, the tasks the stage created and the suggested fields still empty.
 */
@Path("/deals/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class DealResource {

    @Inject
    Crm crm;

    @Inject
    DealRepository deals;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    TenantConfiguration configuration;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @PathParam("id")
    DealId id;

    /** The answer to a change. */
    @Schema(name = "DealChangeView")
    public record DealChangeView(DealView deal, List<String> tasksCreated, List<String> suggestedFieldsMissing) {
    }

    public record MoveRequest(String stage, Json.NextStepJson nextStep) {
    }

    public record LoseRequest(String category, String subReason, String note) {
    }

    public record ReassignRequest(String owner, String reason) {
    }

    public record DealEditRequest(String title, Json.MoneyJson amount, String expectedClose, String productInterest,
                              String tradeTerms, String paymentTerms, Integer probabilityOverride, String reason) {
    }

    @GET
    @Operation(summary = "One deal; its ETag is its version")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealView")))
    public Response get() {
        Deal deal = load();
        return Response.ok(DealView.of(deal)).tag(Versions.tag(deal.version())).build();
    }

    @GET
    @Path("health")
    @Operation(summary = "Green, yellow or red, with every signal's value, threshold and effect")
    public HealthView health() {
        return unitOfWork.inTransaction(() -> {
            Deal deal = find();
            Pipeline pipeline = configuration.pipeline(caller.tenant());
            DealHealthRating rating = new DealHealth(configuration.health(caller.tenant()))
                    .rate(deal, pipeline.stageOrThrow(deal.stage()), clock.instant());
            return HealthView.of(rating);
        });
    }

    @POST
    @Path("stage")
    @Operation(summary = "Move to another stage (forward, skipping or back, as the pipeline allows)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response move(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "quoted, with the follow-up", value = ApiExamples.STAGE_MOVE))) MoveRequest request) {
        Inputs.requireBody(request);
        StageId stage = stageOf(request.stage());
        return change(deal -> crm.deals().moveTo(deal.id(), stage,
                request.nextStep() == null ? null : request.nextStep().toNextStep("nextStep")));
    }

    @POST
    @Path("next-step")
    @Operation(summary = "Say what happens next and when")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response nextStep(Json.NextStepJson request) {
        Inputs.requireBody(request);
        return change(deal -> crm.deals().scheduleNextStep(deal.id(), request.toNextStep("nextStep")));
    }

    @POST
    @Path("win")
    @Operation(summary = "Win the deal (the pipeline's first won stage)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response win() {
        return change(deal -> crm.deals().win(deal.id()));
    }

    @POST
    @Path("lose")
    @Operation(summary = "Close as lost with a structured reason")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response lose(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "lost on price", value = ApiExamples.LOSS))) LoseRequest request) {
        Inputs.requireBody(request);
        LossCategory category = Inputs.required(LossCategory.class, request.category(), "lossReason.category");
        LossReason reason = new LossReason(category, request.subReason(), request.note());
        return change(deal -> crm.deals().lose(deal.id(), reason));
    }

    @POST
    @Path("owner")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
    @Operation(summary = "Hand the deal to another seller, with a reason (managers and admins)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response reassign(ReassignRequest request) {
        Inputs.requireBody(request);
        if (request.owner() == null || request.owner().isBlank()) {
            throw new InvalidValueException("owner", "name the new owner");
        }
        return change(deal -> crm.deals().reassign(deal.id(), Inputs.userId(request.owner(), "owner"), request.reason()));
    }

    @POST
    @Path("edit")
    @Operation(summary = "Edit fields; each change is audited, edits to a closed deal need a reason")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response edit(DealEditRequest request) {
        Inputs.requireBody(request);
        DealEdit edit = new DealEdit(request.title(), null,
                request.amount() == null ? null : request.amount().toMoney("amount"),
                parseDate(request.expectedClose()), request.productInterest(),
                request.tradeTerms() == null ? null : Inputs.required(Incoterm.class, request.tradeTerms(), "tradeTerms"),
                request.paymentTerms() == null ? null
                        : Inputs.required(PaymentTerms.class, request.paymentTerms(), "paymentTerms"),
                request.probabilityOverride(), request.reason());
        return change(deal -> crm.deals().edit(deal.id(), edit));
    }

    private Response change(Function<Deal, DealChange> operation) {
        DealChange change = unitOfWork.inTransaction(() -> {
            Deal deal = find();
            Versions.requireMatch(headers, deal.version());
            return operation.apply(deal);
        });
        return Response.ok(new DealChangeView(DealView.of(change.deal()),
                        change.tasks().stream().map(t -> t.title()).toList(),
                        change.suggestedFieldsMissing().stream().map(f -> f.fieldName()).sorted().toList()))
                .tag(Versions.tag(change.deal().version())).build();
    }

    private Deal load() {
        return unitOfWork.inTransaction(this::find);
    }

    private Deal find() {
        Deal deal = deals.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("deal", id));
        return visibility.require(RecordType.DEAL, deal.id().value(), deal.owner(), deal);
    }

    private static StageId stageOf(String stage) {
        if (stage == null) {
            throw new InvalidValueException("stage", "name the stage to move to");
        }
        return StageId.of(stage);
    }

    private static LocalDate parseDate(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("expectedClose", "must be a date such as 2026-06-30");
        }
    }

}
