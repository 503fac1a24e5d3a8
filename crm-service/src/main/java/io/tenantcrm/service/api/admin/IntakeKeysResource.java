package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.IntakeKey;
import io.tenantcrm.core.tenant.IntakeKeyAdministration;
import io.tenantcrm.core.tenant.IntakeKeys;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.security.CallerContext;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's intake keys: web forms and marketplaces post inquiries with them (POST /intake/leads). A key is
 * shown whole once, when issued; revoking it stops it at once.
 */
@Path("/admin/intake-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class IntakeKeysResource {

    @Inject
    IntakeKeyAdministration keys;

    @Inject
    IntakeKeys stored;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CallerContext caller;

    @Context
    UriInfo uri;

    public record IssueRequest(String name, String channel) {
    }

    public record RevokeRequest(String reason) {
    }

    /** A key without its secret; {@code key} only in the answer to issuing it. */
    public record KeyView(String id, String name, String channel, String createdBy, Instant createdAt,
                          Instant lastUsedAt, String revokedBy, Instant revokedAt, String key) {

        static KeyView of(IntakeKey key, Instant lastUsed, String presentable) {
            return new KeyView(key.id().toString(), key.name(), key.channel().name().toLowerCase(Locale.ROOT),
                    key.createdBy().value(), key.createdAt(), lastUsed,
                    key.revokedBy() == null ? null : key.revokedBy().value(), key.revokedAt(), presentable);
        }
    }

    @POST
    @Operation(summary = "Issue an intake key for a web form or marketplace",
            description = "The answer's key is shown this once; send it as X-Intake-Key to POST /intake/leads.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "KeyView")))
    public Response issue(IssueRequest request) {
        Inputs.requireBody(request);
        IntakeKeyAdministration.Issued issued = keys.issue(request.name(),
                Inputs.optional(SourceChannel.class, request.channel(), "channel"));
        return Response.created(uri.getAbsolutePathBuilder().path(issued.key().id().toString()).build())
                .entity(KeyView.of(issued.key(), null, issued.presentable())).build();
    }

    @GET
    @Operation(summary = "The tenant's intake keys, newest first, revoked ones included (never their secrets)")
    public List<KeyView> list() {
        Map<UUID, Instant> lastUsed = unitOfWork.inTransaction(() -> stored.lastUsed(caller.tenant()));
        return keys.list().stream().map(key -> KeyView.of(key, lastUsed.get(key.id()), null)).toList();
    }

    @POST
    @Path("{id}/revocation")
    @Operation(summary = "Revoke a key: posts with it are refused from now on; its leads stay")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "KeyView")))
    public KeyView revoke(@PathParam("id") String id, RevokeRequest request) {
        UUID keyId;
        try {
            keyId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("intake key", id);
        }
        return KeyView.of(keys.revoke(keyId, request == null ? null : request.reason()), null, null);
    }
}
