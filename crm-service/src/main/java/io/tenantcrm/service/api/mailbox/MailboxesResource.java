package io.tenantcrm.service.api.mailbox;

import io.tenantcrm.core.mailbox.MailSecurity;
import io.tenantcrm.core.mailbox.Mailbox;
import io.tenantcrm.core.mailbox.MailboxConnection;
import io.tenantcrm.core.mailbox.MailboxSync;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The caller's own mailboxes: connect one (the sign-in is tried first), list, sync now, disconnect. Mail is
 * personal: nobody else, admins included, sees a mailbox or its password, which is never answered.
 */
@Path("/mailboxes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class MailboxesResource {

    @Inject
    MailboxConnection connection;

    @Inject
    MailboxSync sync;

    @Context
    UriInfo uri;

    public record ConnectRequest(String address, String host, Integer port, String security, String username,
                                 String password, List<String> folders) {
    }

    public record MailboxView(String id, String address, String host, int port, String security, String username,
                              List<String> folders, Instant createdAt, Instant lastSyncedAt, String lastError) {

        static MailboxView of(Mailbox mailbox) {
            return new MailboxView(mailbox.id().toString(), mailbox.address().value(), mailbox.host(),
                    mailbox.port(), mailbox.security().name().toLowerCase(Locale.ROOT), mailbox.username(),
                    mailbox.folders(), mailbox.createdAt(), mailbox.lastSyncedAt(), mailbox.lastError());
        }
    }

    public record SyncView(int read, int attached, int unmatched, int duplicates, String error) {

        static SyncView of(MailboxSync.Report report) {
            return new SyncView(report.read(), report.attached(), report.unmatched(), report.duplicates(),
                    report.error());
        }
    }

    @POST
    @Operation(summary = "Connect your mailbox (IMAP)",
            description = "The sign-in is tried before the mailbox is kept; the password is stored encrypted with"
                    + " the tenant's key and never answered. Folders default to INBOX and Sent; security to ssl"
                    + " (port 993), starttls uses 143.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "IMAP",
            value = "{\"address\": \"rita@acme.example\", \"host\": \"imap.acme.example\", \"security\": \"ssl\","
                    + " \"password\": \"app-password\", \"folders\": [\"INBOX\", \"Sent\"]}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "MailboxView")))
    public Response connect(ConnectRequest request) {
        Inputs.requireBody(request);
        Mailbox mailbox = connection.connect(new MailboxConnection.Settings(request.address(), request.host(),
                request.port(), Inputs.optional(MailSecurity.class, request.security(), "security"),
                request.username(), request.password(), request.folders()));
        return Response.created(uri.getAbsolutePathBuilder().path(mailbox.id().toString()).build())
                .entity(MailboxView.of(mailbox)).build();
    }

    @GET
    @Operation(summary = "Your connected mailboxes and how their last sync went")
    public List<MailboxView> mine() {
        return connection.mine().stream().map(MailboxView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of your mailboxes")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "MailboxView")))
    public MailboxView get(@PathParam("id") String id) {
        return MailboxView.of(connection.get(mailboxId(id)));
    }

    @POST
    @Path("{id}/sync")
    @Operation(summary = "Sync now: new mail with customers goes onto their leads, accounts and open deals",
            description = "The mailbox is also synced in the background every crm.mail.sync.every.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SyncView")))
    public SyncView syncNow(@PathParam("id") String id) {
        return SyncView.of(sync.sync(mailboxId(id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Disconnect a mailbox: its password is forgotten; the mail it brought stays on the timeline")
    @APIResponse(responseCode = "204", description = "Disconnected")
    public Response disconnect(@PathParam("id") String id) {
        connection.disconnect(mailboxId(id));
        return Response.noContent().build();
    }

    private static UUID mailboxId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("mailbox", id);
        }
    }
}
