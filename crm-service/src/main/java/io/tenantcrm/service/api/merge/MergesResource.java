package io.tenantcrm.service.api.merge;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.merge.FieldPick;
import io.tenantcrm.core.merge.Merge;
import io.tenantcrm.core.merge.MergeId;
import io.tenantcrm.core.merge.MergeRequest;
import io.tenantcrm.core.merge.MergeStore;
import io.tenantcrm.core.merge.RecordMerge;
import io.tenantcrm.core.merge.Survivorship;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Two leads, contacts or accounts that are one customer become one, and can be two again. Anyone may merge
 * records they can see; an unmerge is for whoever merged, sales managers and tenant admins.
 */
@Path("/merges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class MergesResource {

    @Inject
    RecordMerge merges;

    @Inject
    MergeStore store;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    @Context
    UriInfo uri;

    /**
     * Merge {@code merged} into {@code survivor} (ids of the same type: lead, contact or account). {@code fields}
     * overrides a field's rule: newest-non-empty, most-complete, survivor or merged.
     */
    public record MergeBody(String type, String survivor, String merged, Map<String, String> fields,
                            String reason) {
    }

    public record ReasonBody(String reason) {
    }

    public record FieldView(String field, String rule, String from, String value) {
    }

    /** A merge, and whether it was undone. */
    public record MergeView(String id, String type, String survivor, String merged, List<FieldView> fields,
                            int repointed, String reason, String mergedBy, Instant mergedAt, String undoneBy,
                            Instant undoneAt) {

        static MergeView of(Merge merge) {
            return new MergeView(merge.id().toString(), merge.survivor().type().name().toLowerCase(Locale.ROOT),
                    merge.survivor().id(), merge.merged().id(),
                    merge.fields().stream().map(f -> new FieldView(f.field(), rule(f.rule()),
                            f.from().name().toLowerCase(Locale.ROOT), f.value())).toList(),
                    merge.repointed(), merge.reason(), merge.mergedBy().value(), merge.mergedAt(),
                    merge.undoneBy() == null ? null : merge.undoneBy().value(), merge.undoneAt());
        }

        private static String rule(Survivorship rule) {
            return rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @POST
    @Operation(summary = "Merge two duplicates into one",
            description = "The survivor keeps its id, owner and status; each field keeps one value by its rule"
                    + " (names and messages the most complete, the rest the newest non-empty, unless fields says"
                    + " otherwise); activities, tasks, deals, contacts and shares of the merged record move to the"
                    + " survivor; the merged record is kept as a tombstone (GET /merges?merged=type/id). Audited.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MergeView")))
    public Response merge(MergeBody body) {
        Inputs.requireBody(body);
        RecordType type = Inputs.required(MergeableType.class, body.type(), "type").type;
        RecordRef survivor = new RecordRef(type, id(body.survivor(), "survivor"));
        RecordRef merged = new RecordRef(type, id(body.merged(), "merged"));
        Map<String, Survivorship> choices = new LinkedHashMap<>();
        if (body.fields() != null) {
            body.fields().forEach((field, rule) -> choices.put(field,
                    Inputs.required(Survivorship.class, rule, "fields." + field)));
        }
        visibility.requireVisible(survivor);
        visibility.requireVisible(merged);
        Merge merge = merges.merge(new MergeRequest(survivor, merged, choices, body.reason()));
        return Response.created(uri.getAbsolutePathBuilder().path(merge.id().toString()).build())
                .entity(MergeView.of(merge)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One merge: how each field was decided, how many records moved, and whether it was undone")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "MergeView")))
    public MergeView get(@PathParam("id") String id) {
        return MergeView.of(readable(mergeId(id)));
    }

    @GET
    @Operation(summary = "The merge that made a record a tombstone (merged=lead/<id>, contact/<id> or account/<id>)",
            description = "Follow survivor to the record it lives on as; 404 when the record was not merged away.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "MergeView")))
    public MergeView tombstone(@QueryParam("merged") String merged) {
        RecordRef record;
        try {
            record = Candidate.refOf(merged == null ? "" : merged);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("merged", "must name a record as lead/<id>, contact/<id> or account/<id>");
        }
        Merge merge = unitOfWork.inTransaction(() -> store.tombstoneOf(caller.tenant(), record))
                .orElseThrow(() -> new NotFoundException("tombstone", merged));
        visibility.requireVisible(merge.survivor());
        return MergeView.of(merge);
    }

    @POST
    @Path("{id}/undo")
    @Operation(summary = "Unmerge: both records as they were, and what moved points back",
            description = "Refused (422) when the survivor changed since the merge. For whoever merged, sales"
                    + " managers and tenant admins.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "MergeView")))
    public MergeView undo(@PathParam("id") String id, ReasonBody body) {
        MergeId mergeId = mergeId(id);
        Merge merge = readable(mergeId);
        if (!merge.mergedBy().equals(caller.user()) && !caller.roles().contains(CrmRole.TENANT_ADMIN)
                && !caller.roles().contains(CrmRole.SALES_MANAGER)) {
            throw new ForbiddenException("only whoever merged, a sales manager or an admin may undo it");
        }
        return MergeView.of(merges.unmerge(mergeId, body == null ? null : body.reason()));
    }

    /** A merge the caller may read: they merged it, or they can see its survivor. */
    private Merge readable(MergeId id) {
        Merge merge = unitOfWork.inTransaction(() -> merges.find(caller.tenant(), id));
        if (!merge.mergedBy().equals(caller.user())) {
            visibility.requireVisible(merge.survivor());
        }
        return merge;
    }

    private static MergeId mergeId(String id) {
        try {
            return new MergeId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("merge", id);
        }
    }

    private static String id(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "name the record by its id");
        }
        try {
            return UUID.fromString(value.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a record id");
        }
    }

    /** The record types that merge, as the API spells them. */
    enum MergeableType {
        LEAD(RecordType.LEAD), CONTACT(RecordType.CONTACT), ACCOUNT(RecordType.ACCOUNT);

        final RecordType type;

        MergeableType(RecordType type) {
            this.type = type;
        }
    }
}
