package io.tenantcrm.service.api.deal;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealChange;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.NewDeal;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.Versions;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.idempotency.Idempotency;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Deals as lists and new deals on an existing account (repeat business needs no lead). Each deal is then worked
 * through {@code /deals/{id}}.
 */
@Path("/deals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class DealsResource {

    @Inject
    Crm crm;

    @Inject
    DealQueries deals;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Idempotency idempotency;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Inject
    Clock clock;

    public record DealPage(List<DealView> items, String next) {
    }

    /** A new deal: title, account and next step are needed; the rest can wait for the stage that asks for it. */
    public record NewDealRequest(String accountId, String title, Json.NextStepJson nextStep, Json.MoneyJson amount,
                                 String expectedClose, String productInterest, String stage) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a deal on an account you work; you own it",
            description = "201 with Location /api/v1/deals/{id}. Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "DealChangeView")))
    public Response open(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "repeat business on an account", value = ApiExamples.NEW_DEAL))) NewDealRequest request) {
        Inputs.requireBody(request);
        return idempotency.create(idempotencyKey, request, () -> {
            AccountId account = accountId(request.accountId());
            try {
                visibility.requireVisible(new RecordRef(RecordType.ACCOUNT, account.value().toString()));
            } catch (NotFoundException e) {
                throw new InvalidValueException("accountId", "no account " + request.accountId() + " that you work");
            }
            if (request.nextStep() == null) {
                throw new InvalidValueException("nextStep", "say what happens next and when");
            }
            NewDeal draft = NewDeal.of(request.title(), account, caller.user(),
                            request.nextStep().toNextStep("nextStep"))
                    .withAmount(request.amount() == null ? null : request.amount().toMoney("amount"))
                    .withProductInterest(request.productInterest())
                    .withExpectedClose(date(request.expectedClose()));
            if (request.stage() != null) {
                draft = draft.inStage(StageId.of(request.stage()));
            }
            DealChange change = crm.deals().open(draft);
            return Response.created(URI.create("/api/v1/deals/" + change.deal().id()))
                    .tag(Versions.tag(change.deal().version()))
                    .entity(new DealResource.DealChangeView(DealView.of(change.deal()),
                            change.tasks().stream().map(t -> t.title()).toList(),
                            change.suggestedFieldsMissing().stream().map(f -> f.fieldName()).sorted().toList()))
                    .build();
        });
    }

    @GET
    @Operation(summary = "Open deals, a page at a time",
            description = "view=mine (default): the owner's open deals, oldest first; owner=<user id> for someone"
                    + " in your scope (managers: their team). view=slipping: open deals you see whose next step is"
                    + " due within 24 hours or overdue, soonest first (a page may hold fewer than size). Pass the"
                    + " returned next cursor as after= for the following page.")
    public DealPage list(@QueryParam("view") @DefaultValue("mine") String view, @QueryParam("owner") String owner,
                         @QueryParam("size") @DefaultValue("50") int size, @QueryParam("after") String after) {
        PageRequest page = new PageRequest(size, after);
        Page<Deal> result = unitOfWork.inTransaction(() -> switch (view) {
            case "mine" -> deals.openDealsOf(caller.tenant(), visibility.ownerToList(owner, "deals"), page);
            case "slipping" -> deals.openDealsWithNextStepDueBefore(caller.tenant(),
                    clock.instant().plus(Duration.ofHours(24)), page);
            default -> throw new InvalidValueException("view", "must be mine or slipping");
        });
        return new DealPage(result.items().stream()
                .filter(deal -> visibility.canSee(RecordType.DEAL, deal.id().value().toString(), deal.owner()))
                .map(DealView::of).toList(), result.next());
    }

    private static AccountId accountId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("accountId", "name the account the deal is for");
        }
        try {
            return new AccountId(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("accountId", "is not an account id");
        }
    }

    private static LocalDate date(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("expectedClose", "must be a date such as 2026-06-30");
        }
    }
}
