package io.tenantcrm.service.api;

import io.tenantcrm.core.access.RecordShare;
import io.tenantcrm.core.access.RecordShares;
import io.tenantcrm.core.access.Sharing;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.service.identity.KeycloakConnection;
import io.tenantcrm.service.security.RecordOwners;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Shares of a lead, deal or account with a colleague ({@code /shares/deals/<id>/<user id>}): the colleague then
 * sees and works the record; its owner does not change. The owner, their manager or an admin shares; anyone who
 * sees the record lists its shares. A record the caller cannot see is 404.
 */
@Path("/shares/{type}/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class ShareResource {

    private static final Map<String, RecordType> TYPES = Map.of("leads", RecordType.LEAD, "deals", RecordType.DEAL,
            "accounts", RecordType.ACCOUNT);

    @PathParam("type")
    String type;

    @PathParam("id")
    String id;

    @Inject
    KeycloakConnection keycloak;

    @Inject
    RecordShares shares;

    @Inject
    RecordOwners owners;

    @Inject
    Visibility visibility;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    @Inject
    Clock clock;

    public record ShareView(String user, String sharedBy, String sharedAt) {
        static ShareView of(RecordShare share) {
            return new ShareView(share.with().value(), share.sharedBy().value(), share.sharedAt().toString());
        }
    }

    @GET
    @Operation(summary = "Who the record is shared with")
    public List<ShareView> list() {
        RecordRef record = record();
        visibility.requireVisible(record);
        return sharing().sharesOf(record).stream().map(ShareView::of).toList();
    }

    @PUT
    @Path("{user}")
    @Operation(summary = "Share the record with a colleague of the tenant (sharing again changes nothing)")
    public ShareView share(@PathParam("user") String user) {
        RecordRef record = requireSharable();
        return ShareView.of(sharing().share(record, UserId.of(user.length() > 64 ? user.substring(0, 64) : user)));
    }

    @DELETE
    @Path("{user}")
    @Operation(summary = "Take a share away")
    @APIResponse(responseCode = "204", description = "Done; nothing to answer")
    public Response unshare(@PathParam("user") String user) {
        RecordRef record = requireSharable();
        if (user.length() > 64 || !sharing().unshare(record, UserId.of(user))) {
            throw new NotFoundException("share with", user);
        }
        return Response.noContent().build();
    }

    private RecordRef requireSharable() {
        RecordRef record = record();
        visibility.requireVisible(record);
        UserId owner = unitOfWork.inTransaction(() -> owners.ownerOf(caller.tenant(), record).orElse(null));
        if (!visibility.canShare(owner)) {
            throw new ForbiddenException("only its owner, their manager or an admin shares this record");
        }
        return record;
    }

    private RecordRef record() {
        RecordType recordType = TYPES.get(type);
        if (recordType == null) {
            throw new NotFoundException("record type", type);
        }
        try {
            // the canonical form, as the visibility check compares it
            return new RecordRef(recordType, UUID.fromString(id).toString());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(type, id);
        }
    }

    private Sharing sharing() {
        return new Sharing(keycloak.directory(), shares, unitOfWork, caller, clock);
    }
}
