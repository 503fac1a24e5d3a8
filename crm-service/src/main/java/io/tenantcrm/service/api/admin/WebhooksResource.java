package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.webhook.Delivery;
import io.tenantcrm.core.webhook.DeliveryAttempt;
import io.tenantcrm.core.webhook.WebhookAdministration;
import io.tenantcrm.core.webhook.WebhookEndpoint;
import io.tenantcrm.core.webhook.WebhookEvent;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The tenant's outbound webhooks: where its integrations listen, what they were sent, and switching them off and
 * on. The signing secret is in the answer to registering, and nowhere else.
 */
@Path("/admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class WebhooksResource {

    @Inject
    WebhookAdministration webhooks;

    @Context
    UriInfo uri;

    public record RegisterRequest(String url, List<String> events, String description) {
    }

    public record DisableRequest(String reason) {
    }

    /** An endpoint; {@code secret} only in the answer to registering it. */
    public record EndpointView(String id, String url, List<String> events, String description, String createdBy,
                               Instant createdAt, boolean active, int failures, Instant disabledAt,
                               String disabledReason, String secret) {

        static EndpointView of(WebhookEndpoint endpoint, String secret) {
            return new EndpointView(endpoint.id().toString(), endpoint.url().toString(),
                    endpoint.events().stream().sorted().map(WebhookEvent::wireName).toList(),
                    endpoint.description(), endpoint.createdBy().value(), endpoint.createdAt(), endpoint.active(),
                    endpoint.failures(), endpoint.disabledAt(), endpoint.disabledReason(), secret);
        }
    }

    public record AttemptView(int number, Instant at, Integer status, String error, long tookMillis) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.number(), attempt.at(), attempt.status(), attempt.error(),
                    attempt.took().toMillis());
        }
    }

    public record DeliveryView(String id, String event, String status, Instant createdAt, int attempts,
                               Instant nextAttemptAt, Instant deliveredAt, Instant abandonedAt, String lastOutcome,
                               String payload, List<AttemptView> log) {

        static DeliveryView of(WebhookAdministration.LoggedDelivery logged) {
            Delivery d = logged.delivery();
            return new DeliveryView(d.id().toString(), d.event().wireName(),
                    d.status().name().toLowerCase(Locale.ROOT), d.createdAt(), d.attempts(), d.nextAttemptAt(),
                    d.deliveredAt(), d.abandonedAt(), d.lastOutcome(), d.payload(),
                    logged.attempts().stream().map(AttemptView::of).toList());
        }
    }

    @POST
    @Operation(summary = "Register a webhook endpoint",
            description = "Events: lead.received, deal.stage_changed, deal.won, deal.lost, quote.approved, order.created,"
                    + " payment.received, payment.overdue. Requests are signed after"
                    + " the Standard Webhooks scheme (webhook-id, webhook-timestamp, webhook-signature) with the"
                    + " answer's secret, shown this once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "ERP",
            value = "{\"url\": \"https://erp.example.com/crm-hooks\", \"events\": [\"deal.won\", \"deal.lost\"],"
                    + " \"description\": \"ERP order intake\"}")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EndpointView")))
    public Response register(RegisterRequest request) {
        Inputs.requireBody(request);
        WebhookAdministration.Registered registered = webhooks.register(request.url(), request.events(),
                request.description());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.endpoint().id().toString()).build())
                .entity(EndpointView.of(registered.endpoint(), registered.secret())).build();
    }

    @GET
    @Operation(summary = "The tenant's webhook endpoints, newest first, disabled ones included")
    public List<EndpointView> list() {
        return webhooks.list().stream().map(endpoint -> EndpointView.of(endpoint, null)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One webhook endpoint")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "EndpointView")))
    public EndpointView get(@PathParam("id") String id) {
        return EndpointView.of(webhooks.get(endpointId(id)), null);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The delivery log: the endpoint's latest deliveries, newest first, each with every attempt")
    public List<DeliveryView> deliveries(@PathParam("id") String id,
                                         @QueryParam("limit") @DefaultValue("50") int limit) {
        return webhooks.deliveries(endpointId(id), limit).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Stop sending to the endpoint; what it still had pending is abandoned")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "EndpointView")))
    public EndpointView disable(@PathParam("id") String id, DisableRequest request) {
        return EndpointView.of(webhooks.disable(endpointId(id), request == null ? null : request.reason()), null);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Send to the endpoint again from the next event on, its failure count back at zero")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "EndpointView")))
    public EndpointView enable(@PathParam("id") String id) {
        return EndpointView.of(webhooks.enable(endpointId(id)), null);
    }

    private static UUID endpointId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("webhook endpoint", id);
        }
    }
}
