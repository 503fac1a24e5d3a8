package io.tenantcrm.service.api.activity;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.AttachedDocument;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.activity.TaskId;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Json;
import io.tenantcrm.service.api.Roles;
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
import jakarta.ws.rs.PathParam;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The customer's history (activities, a timeline per record) and the seller's tasks. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class ActivityResource {

    @Inject
    Crm crm;

    @Inject
    Idempotency idempotency;

    @Inject
    DealRepository deals;

    @Inject
    LeadRepository leads;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    public record RecordJson(String type, String id) {
    }

    public record ActivityRequest(String type, String direction, List<RecordJson> about, String occurredAt,
                                  String summary) {
    }

    @Schema(name = "ActivityView")
    public record ActivityView(String id, String type, String direction, List<RecordJson> about, String occurredAt,
                               String loggedBy, String summary, List<DocumentView> documents,
                               Json.WordingJson wording) {
        static ActivityView of(Activity activity) {
            return new ActivityView(activity.id().toString(), activity.type().name(), activity.direction().name(),
                    activity.about().stream().map(r -> new RecordJson(r.type().name().toLowerCase(Locale.ROOT),
                            r.id())).toList(), activity.occurredAt().toString(), activity.loggedBy().value(),
                    activity.summary(), activity.documents().stream().map(DocumentView::of).toList(),
                    Json.WordingJson.of(activity.wording()));
        }
    }


    /**
     * A document an activity carries and where to fetch it, relative to /api/v1 (a quote version's PDF:
     * {@code quotes/{id}/versions/{n}/document}, which takes {@code lang}).
     */
    public record DocumentView(String fileName, String mediaType, String href) {
        static DocumentView of(AttachedDocument document) {
            String href = document.document().type() == RecordType.QUOTE
                    ? "quotes/" + document.document().id() + "/versions/" + document.version() + "/document"
                    : null;
            return new DocumentView(document.fileName(), document.mediaType(), href);
        }
    }

    public record TaskView(String id, String title, String due, String about, String status, String doneAt,
                           Json.WordingJson wording) {
        static TaskView of(Task task) {
            return new TaskView(task.id().toString(), task.title(), task.due().toString(), task.about().toString(),
                    task.status().name(), task.doneAt() == null ? null : task.doneAt().toString(),
                    Json.WordingJson.of(task.wording()));
        }
    }

    public record PageView<T>(List<T> items, String next) {
    }

    @POST
    @Path("activities")
    @Operation(summary = "Log a call, email, meeting, note, quote sent ... about one or more records",
            description = "Logging about a deal counts as working it: the deal's health clock moves.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ActivityView")))
    public Response log(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a call about a deal", value = ApiExamples.ACTIVITY))) ActivityRequest request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        return idempotency.create(idempotencyKey, request, () -> {
            ActivityType type = Inputs.required(ActivityType.class, request.type(), "type");
            Direction direction = Inputs.required(Direction.class, request.direction() == null ? "outbound" : request.direction(),
                    "direction");
            if (request.about() == null || request.about().isEmpty()) {
                throw new InvalidValueException("about", "name at least one lead, account, contact or deal");
            }
            List<RecordRef> about = request.about().stream().map(ActivityResource::record).toList();
            Instant occurredAt;
            try {
                occurredAt = request.occurredAt() == null ? null : Instant.parse(request.occurredAt());
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("occurredAt", "must be an ISO-8601 instant");
            }
            about.forEach(this::requireVisible);
            Activity activity = crm.timeline().log(type, direction, about, occurredAt, request.summary());
            return Response.status(201).entity(ActivityView.of(activity)).build();
        });
    }

    @GET
    @Path("timeline/{type}/{id}")
    @Operation(summary = "Everything that happened about a record, newest first")
    public PageView<ActivityView> timeline(@PathParam("type") String type, @PathParam("id") String id,
                                           @QueryParam("size") @DefaultValue("50") int size,
                                           @QueryParam("after") String after) {
        RecordRef record = record(new RecordJson(type, id));
        requireVisible(record);
        Page<Activity> page = crm.timeline().of(record, new PageRequest(size, after));
        return new PageView<>(page.items().stream().map(ActivityView::of).toList(), page.next());
    }

    @GET
    @Path("timeline/account/{id}/all")
    @Operation(summary = "An account's whole story: what happened about it, its contacts, its deals and the leads"
            + " that became it, each activity once, newest first",
            description = "Keyset-paged like every list: pass the answer's next as after= for the following page.")
    public PageView<ActivityView> accountStory(@PathParam("id") AccountId account,
                                               @QueryParam("size") @DefaultValue("50") int size,
                                               @QueryParam("after") String after) {
        requireVisible(new RecordRef(RecordType.ACCOUNT, account.toString()));
        Page<Activity> page = crm.timeline().ofAccount(account, new PageRequest(size, after));
        return new PageView<>(page.items().stream().map(ActivityView::of).toList(), page.next());
    }

    @GET
    @Path("tasks/mine")
    @Operation(summary = "The caller's open tasks, soonest due first")
    public PageView<TaskView> myTasks(@QueryParam("size") @DefaultValue("50") int size,
                                      @QueryParam("after") String after) {
        Page<Task> page = crm.tasks().mine(new PageRequest(size, after));
        return new PageView<>(page.items().stream().map(TaskView::of).toList(), page.next());
    }

    @POST
    @Path("tasks/{id}/done")
    @Operation(summary = "Mark a task done")
    public TaskView done(@PathParam("id") TaskId task) {
        return TaskView.of(crm.tasks().complete(task));
    }

    /**
     * A rep may log about, and read the timeline of, only what they may see: their own deals, leads (or unassigned
     * ones) and accounts. Another tenant's record, or one that does not exist, is 404 like in every resource.
     */
    private void requireVisible(RecordRef record) {
        switch (record.type()) {
            case DEAL, LEAD, ACCOUNT -> visibility.requireVisible(record);
            default -> {
                // contacts are reached through their account; nothing more to check here
            }
        }
    }

    private static RecordRef record(RecordJson json) {
        RecordType type = Inputs.required(RecordType.class, json.type(), "about.type");
        if (type != RecordType.LEAD && type != RecordType.ACCOUNT && type != RecordType.CONTACT
                && type != RecordType.DEAL) {
            throw new InvalidValueException("about.type", "must be lead, account, contact or deal");
        }
        try {
            return new RecordRef(type, UUID.fromString(json.id() == null ? "" : json.id()).toString());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("about.id", "must be the id of a " + type.name().toLowerCase(Locale.ROOT));
        }
    }

}
