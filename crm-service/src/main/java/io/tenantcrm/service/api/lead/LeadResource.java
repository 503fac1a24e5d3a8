package io.tenantcrm.service.api.lead;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.lead.BuyingStage;
import io.tenantcrm.core.lead.CompanyType;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadConversion;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.NeedClarity;
import io.tenantcrm.core.lead.PurchaseFrequency;
import io.tenantcrm.core.lead.Qualification;
import io.tenantcrm.core.lead.VolumeBand;
import io.tenantcrm.core.scoring.LeadScore;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.api.deal.DealView;
import io.tenantcrm.service.api.duplicate.DuplicateView;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.idempotency.Idempotency;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/** One lead: read it, qualify it, see its score, give it an owner, convert it into a deal. */
@Path("/leads/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class LeadResource {

    @Inject
    AuditLog auditLog;

    @Inject
    SlaClocks slaClocks;

    @Context
    HttpHeaders headers;

    @Inject
    Crm crm;

    @Inject
    LeadRepository leads;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Idempotency idempotency;

    @Inject
    TenantConfiguration configuration;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @PathParam("id")
    LeadId id;

    public record QualificationRequest(String needClarity, String buyingStage, String volume, String frequency,
                                       String requestedPaymentTerms, String requestedTradeTerms, String companyType,
                                       String productLine) {
    }

    public record ScoreView(int score, String grade, String recommendation, String explanation, List<Rule> rules) {
        /** {@code said}: what the rule read as a code and values, for a client to say in its user's language. */
        public record Rule(String rule, String input, int points, int maxPoints,
                           Json.WordingJson said) {
        }

        static ScoreView of(LeadScore score) {
            return new ScoreView(score.score(), score.grade().name(), score.recommendation().name(), score.explain(),
                    score.hits().stream().map(h -> new Rule(h.rule(), h.input(), h.points(), h.maxPoints(),
                            Json.WordingJson.of(h.said()))).toList());
        }
    }

    public record ConversionRequest(String dealTitle, Json.NextStepJson nextStep, Json.MoneyJson amount,
                                    String accountId) {
    }

    /** {@code possibleDuplicates}: accounts and contacts the new ones may duplicate (merge them if so). */
    @Schema(name = "ConversionView")
    public record ConversionView(String leadId, String accountId, String contactId, DealView deal,
                                 List<DuplicateView> possibleDuplicates) {
    }

    public record OwnerRequest(String owner, String reason) {
    }

    public record ReasonRequest(String reason) {
    }

    @GET
    @Operation(summary = "One lead of the caller's tenant, with its ETag")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response get() {
        Lead lead = unitOfWork.inTransaction(this::find);
        return Response.ok(LeadView.of(lead)).tag(Versions.tag(lead.version())).build();
    }

    @GET
    @Path("score")
    @Operation(summary = "The lead's qualification score with grade, recommendation and every rule's points")
    public ScoreView score() {
        return unitOfWork.inTransaction(() -> {
            Lead lead = find();
            return ScoreView.of(configuration.scoring(caller.tenant()).score(lead.qualification(), lead.country()));
        });
    }

    /** One promise to the buyer: when it is due, whether it was kept or breached, business time left. */
    public record ClockView(String name, String due, String keptAt, boolean breached, String timeLeft) {
    }

    @GET
    @Path("sla")
    @Operation(summary = "The lead's SLA clocks (first response, initial proposal): due, kept, breached, time left"
            + " in business hours")
    public List<ClockView> sla() {
        Lead lead = unitOfWork.inTransaction(this::find);
        return slaClocks.clocksOf(lead).stream().map(c -> new ClockView(c.name(), c.due().toString(),
                c.kept().map(Object::toString).orElse(null), c.breached(), c.timeLeft().toString())).toList();
    }

    /**
     * One change of owner: from whom, to whom, by whom, when and why; {@code said} is the reason step by step as
     * codes and values when the CRM worked it out itself (an assignment rule, a lead taken from the queue).
     */
    public record OwnershipView(String from, String to, String by, String at, String reason,
                                List<Json.WordingJson> said) {
    }

    @GET
    @Path("ownership")
    @Operation(summary = "Who owned the lead when, and why it changed hands (an assignment rule's explanation,"
            + " a manager's word), oldest first")
    public List<OwnershipView> ownership() {
        return unitOfWork.inTransaction(() -> {
            Lead lead = find();
            return auditLog.historyOf(caller.tenant(), lead.ref()).stream()
                    .filter(entry -> entry.field().equals("owner"))
                    .map(entry -> new OwnershipView(entry.oldValue(), entry.newValue(), entry.actor().value(),
                            entry.at().toString(), entry.reason(),
                            entry.said().stream().map(Json.WordingJson::of).toList()))
                    .toList();
        });
    }

    @POST
    @Path("qualification")
    @Operation(summary = "Record what the seller learned; answers with the new score")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ScoreView")))
    public Response qualify(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "what the first call told", value = ApiExamples.QUALIFICATION))) QualificationRequest request) {
        Inputs.requireBody(request);
        Qualification answers = new Qualification(
                Inputs.optional(NeedClarity.class, request.needClarity(), "needClarity"),
                Inputs.optional(BuyingStage.class, request.buyingStage(), "buyingStage"),
                Inputs.optional(VolumeBand.class, request.volume(), "volume"),
                Inputs.optional(PurchaseFrequency.class, request.frequency(), "frequency"),
                Inputs.optional(PaymentTerms.class, request.requestedPaymentTerms(), "requestedPaymentTerms"),
                Inputs.optional(Incoterm.class, request.requestedTradeTerms(), "requestedTradeTerms"),
                Inputs.optional(CompanyType.class, request.companyType(), "companyType"), request.productLine());
        Lead lead = changed(id -> crm.leadTriage().recordQualification(id, answers));
        ScoreView score = unitOfWork.inTransaction(() ->
                ScoreView.of(configuration.scoring(caller.tenant()).score(lead.qualification(), lead.country())));
        return Response.ok(score).tag(Versions.tag(lead.version())).build();
    }

    @POST
    @Path("owner")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER})
    @Operation(summary = "Give the lead to a seller, with a reason (managers and admins)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response assign(OwnerRequest request) {
        Inputs.requireBody(request);
        UserId owner = Inputs.userId(request.owner(), "owner");
        return change(id -> crm.leadTriage().assign(id, owner, request.reason()));
    }

    @POST
    @Path("take")
    @Operation(summary = "Take an unassigned lead for yourself, from the unassigned queue",
            description = "Refused (owner named) once someone owns the lead: of two sellers taking it at once, one"
                    + " gets it and the other is told who has it.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response take() {
        return change(id -> crm.leadTriage().take(id));
    }

    @POST
    @Path("disqualify")
    @Operation(summary = "Not a real inquiry: say why")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response disqualify(ReasonRequest request) {
        Inputs.requireBody(request);
        return change(id -> crm.leadTriage().disqualify(id, request.reason()));
    }

    @POST
    @Path("work")
    @Operation(summary = "Start working the lead (first contact made or under way)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response startWorking() {
        return change(id -> crm.leadTriage().startWorking(id));
    }

    @POST
    @Path("nurture")
    @Operation(summary = "Not now, maybe later: keep the lead warm and say why")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response nurture(ReasonRequest request) {
        Inputs.requireBody(request);
        return change(id -> crm.leadTriage().nurture(id, request.reason()));
    }

    @POST
    @Path("qualify")
    @Operation(summary = "A real buyer with a real need: ready to convert")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response markQualified() {
        return change(id -> crm.leadTriage().qualify(id));
    }

    @POST
    @Path("reopen")
    @Operation(summary = "Take a disqualified or nurtured lead up again, saying why")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "LeadView")))
    public Response reopen(ReasonRequest request) {
        Inputs.requireBody(request);
        return change(id -> crm.leadTriage().reopen(id, request.reason()));
    }

    @POST
    @Path("conversion")
    @Operation(summary = "Turn the lead into an account, a contact and a deal in one step")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ConversionView")))
    public Response convert(@HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a deal with a next step", value = ApiExamples.CONVERSION))) ConversionRequest request) {
        Inputs.requireBody(request);
        return idempotency.create(idempotencyKey, request, () -> doConvert(request));
    }

    private Response doConvert(ConversionRequest request) {
        if (request.nextStep() == null) {
            throw new InvalidValueException("nextStep", "an open deal needs a next step: what and when");
        }
        AccountId existing = null;
        if (request.accountId() != null && !request.accountId().isBlank()) {
            try {
                existing = new AccountId(UUID.fromString(request.accountId()));
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("account", request.accountId());
            }
        }
        ConversionTerms terms = new ConversionTerms(request.dealTitle(), request.nextStep().toNextStep("nextStep"),
                request.amount() == null ? null : request.amount().toMoney("amount"), null);
        LeadConversion.Converted converted;
        try {
            converted = crm.leadConversion().convert(visibleLeadId(), existing, terms);
        } catch (RuleViolationException e) {
            throw e.renamed("title", "dealTitle");
        }
        return Response.created(URI.create("/api/v1/deals/" + converted.deal().deal().id()))
                .entity(new ConversionView(id.toString(), converted.accountUsed().id().toString(),
                        converted.contact().record().id().toString(), DealView.of(converted.deal().deal()),
                        DuplicateView.of(converted.possibleDuplicates())))
                .build();
    }

    private Lead find() {
        Lead lead = leads.find(caller.tenant(), id).orElseThrow(() -> new NotFoundException("lead", id));
        return visibility.require(RecordType.LEAD, lead.id().value(), lead.owner(), lead);
    }

    /** A change to the lead: visible to the caller (else 404) and at the version in If-Match (else 428/412). */
    private Response change(Function<LeadId, Lead> operation) {
        Lead lead = changed(operation);
        return Response.ok(LeadView.of(lead)).tag(Versions.tag(lead.version())).build();
    }

    private Lead changed(Function<LeadId, Lead> operation) {
        return unitOfWork.inTransaction(() -> {
            Lead lead = find();
            Versions.requireMatch(headers, lead.version());
            return operation.apply(lead.id());
        });
    }

    /** Every action first checks the caller may see the lead (404 otherwise). */
    private LeadId visibleLeadId() {
        unitOfWork.inTransaction(this::find);
        return id;
    }

}
