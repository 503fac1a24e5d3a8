package io.tenantcrm.service.api.account;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.service.api.Inputs;
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
import java.util.List;

/** Accounts as a list (a seller's book) and new accounts met without an inquiry first. */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class AccountsResource {

    @Inject
    Crm crm;

    @Inject
    Idempotency idempotency;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    public record AccountPage(List<AccountResource.AccountView> items, String next) {
    }

    /** A company's name is enough; the country helps scoring and phone numbers. */
    public record NewAccountRequest(String name, String country) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a prospect account you own",
            description = "201 with Location /api/v1/accounts/{id}. Idempotency-Key makes a retry safe.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountView")))
    public Response open(@HeaderParam(Idempotency.HEADER) String idempotencyKey, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a prospect met at a fair", value = ApiExamples.ACCOUNT))) NewAccountRequest request) {
        Inputs.requireBody(request);
        return idempotency.create(idempotencyKey, request, () -> {
            CountryCode country;
            try {
                country = request.country() == null || request.country().isBlank() ? null
                        : CountryCode.of(request.country());
            } catch (InvalidValueException e) {
                throw e.forField("country");
            }
            Account account = crm.accounts().open(request.name(), country);
            return Response.created(URI.create("/api/v1/accounts/" + account.id()))
                    .tag(Versions.tag(account.version()))
                    .entity(AccountResource.AccountView.of(account)).build();
        });
    }

    @GET
    @Operation(summary = "The accounts a seller owns (default yourself; owner=<user id> within your scope),"
            + " oldest first; pass the returned next cursor as after= for the following page")
    public AccountPage list(@QueryParam("owner") String owner, @QueryParam("size") @DefaultValue("50") int size,
                            @QueryParam("after") String after) {
        UserId asked = visibility.ownerToList(owner, "accounts");
        Page<Account> page = crm.accounts().ownedBy(asked, new PageRequest(size, after));
        return new AccountPage(page.items().stream().map(AccountResource.AccountView::of).toList(), page.next());
    }
}
