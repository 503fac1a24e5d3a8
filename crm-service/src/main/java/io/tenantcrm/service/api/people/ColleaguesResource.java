package io.tenantcrm.service.api.people;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.identity.KeycloakConnection;
import io.tenantcrm.service.security.CallerContext;
import io.tenantcrm.service.security.Visibility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Who is who in the tenant, for everyone who works in it: records name their owners by id, and screens show names.
 * {@code scope=mine} keeps the people whose records the caller works through their role (a manager: the team and
 * themselves; an admin: everyone; a rep: themselves), the people a team page is about.
 */
@Path("/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
public class ColleaguesResource {

    @Inject
    KeycloakConnection keycloak;

    @Inject
    CallerContext caller;

    @Inject
    Visibility visibility;

    /** A colleague, named by first and last name (their email when they have none). */
    public record ColleagueView(String id, String name, String email, List<String> roles, boolean active,
                                boolean inMyScope) {
        static ColleagueView of(IdentityDirectory.Person p, RecordScope scope) {
            String name = String.join(" ", List.of(blankless(p.firstName()), blankless(p.lastName()))).strip();
            return new ColleagueView(p.id().value(), name.isEmpty() ? p.email() : name, p.email(),
                    p.roles().stream().map(CrmRole::roleName).sorted().toList(), p.enabled(),
                    scope.wholeTenant() || scope.owners().contains(p.id()));
        }

        private static String blankless(String s) {
            return s == null ? "" : s.strip();
        }
    }

    @GET
    @Operation(summary = "The tenant's people by name, with their roles, whether they can sign in, and whether"
            + " their records are in the caller's scope",
            description = "scope=mine keeps those in the caller's scope: a manager's team and themselves, everyone"
                    + " for an admin, a rep themselves.")
    public List<ColleagueView> list(@QueryParam("scope") String scope) {
        if (scope != null && !scope.isBlank() && !scope.strip().equals("mine")) {
            throw new InvalidValueException("scope", "must be mine, or left out for everyone");
        }
        RecordScope mine = visibility.scope();
        return keycloak.directory().members(caller.tenant()).stream()
                .map(p -> ColleagueView.of(p, mine))
                .filter(c -> scope == null || scope.isBlank() || c.inMyScope())
                .sorted(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)))
                .toList();
    }
}
