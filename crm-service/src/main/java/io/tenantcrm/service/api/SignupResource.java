package io.tenantcrm.service.api;

import io.tenantcrm.core.tenant.TenantSignup;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.security.SignupThrottle;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;


/**
 * A company signs up (public): a tenant, its Keycloak organization and first admin, its default pipeline, all or
 * nothing. The admin sets a password on first sign-in; in dev and test set-ups
 * ({@code crm.signup.accept-initial-password=true}) the request may carry one.
 */
@Path("/signup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class SignupResource {

    @Inject
    TenantSignup signup;

    @Inject
    SignupThrottle throttle;

    @Context
    HttpServletRequest http;

    @Inject
    @ConfigProperty(name = "crm.signup.accept-initial-password", defaultValue = "false")
    boolean acceptInitialPassword;

    public record SignupRequest(String slug, String companyName, String adminEmail, String adminFirstName,
                                String adminLastName, String adminPassword) {
    }

    @Schema(name = "SignupView")
    public record SignupView(String tenantId, String slug, String companyName, String adminUserId,
                             boolean alreadyExisted) {
    }

    @POST
    @Operation(summary = "Sign a company up: its tenant, organization, first admin and default pipeline",
            description = "A taken slug or an admin email that already has a user is 422 naming the field. A retry of"
                    + " a signup that succeeded answers the same tenant (200 instead of 201). Attempts are limited per"
                    + " client address (crm.signup.attempts-per-hour): beyond it 429 with Retry-After.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SignupView")))
    public Response signUp(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a company signs up", value = ApiExamples.SIGNUP))) SignupRequest request) {
        throttle.attempt(http.getRemoteAddr(), http.getHeader("X-Forwarded-For")).ifPresent(wait -> {
            throw new WebApplicationException("Too many signup attempts from your address; try again in "
                    + wait.toSeconds() + " s.", Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, wait.toSeconds()).build());
        });
        Inputs.requireBody(request);
        if (request.adminPassword() != null && !acceptInitialPassword) {
            throw new io.tenantcrm.core.shared.InvalidValueException("adminPassword",
                    "is not accepted here: the admin sets it on first sign-in");
        }
        TenantSignup.SignedUp done = signup.signUp(new TenantSignup.Request(request.slug(), request.companyName(),
                request.adminEmail(), request.adminFirstName(), request.adminLastName(), request.adminPassword()));
        return Response.status(done.alreadyExisted() ? 200 : 201)
                .entity(new SignupView(done.tenant().id().value(), done.tenant().slug(), done.tenant().name(),
                        done.admin().value(), done.alreadyExisted()))
                .build();
    }
}
