package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.access.TeamAdministration;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.identity.KeycloakConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Sales teams: which reps report to which manager. A manager sees and works their team's records and reports;
 * a person is in one team at most. Only tenant admins change teams.
 */
@Path("/admin/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class TeamsResource {

    @Inject
    KeycloakConnection keycloak;

    @Inject
    SalesTeams teams;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    CurrentUser caller;

    public record TeamView(String manager, List<String> members) {
        static TeamView of(SalesTeam team) {
            return new TeamView(team.manager().value(), team.members().stream().map(UserId::value).sorted().toList());
        }
    }

    public record TeamRequest(List<String> members) {
    }

    @GET
    @Operation(summary = "Every team of the tenant: its manager and members")
    public List<TeamView> list() {
        return administration().teams().stream().map(TeamView::of).toList();
    }

    @GET
    @Path("{manager}")
    @Operation(summary = "The team a manager leads (no members when they lead none)")
    public TeamView get(@PathParam("manager") String manager) {
        return TeamView.of(administration().team(userId(manager)));
    }

    @PUT
    @Path("{manager}")
    @Operation(summary = "Set the members of a sales manager's team; someone in another team must leave it first")
    public TeamView set(@PathParam("manager") String manager, @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one rep in the team", value = ApiExamples.TEAM))) TeamRequest request) {
        Inputs.requireBody(request);
        if (request.members() == null) {
            throw new InvalidValueException("members", "list the team's members (an empty list empties the team)");
        }
        Set<UserId> members = new LinkedHashSet<>();
        for (String member : request.members()) {
            if (member == null || member.isBlank() || member.length() > 64) {
                throw new InvalidValueException("members", "each member is a user id from /admin/users");
            }
            members.add(UserId.of(member.strip()));
        }
        return TeamView.of(administration().setTeam(userId(manager), members));
    }

    private TeamAdministration administration() {
        return new TeamAdministration(keycloak.directory(), teams, unitOfWork, caller);
    }

    private static UserId userId(String id) {
        if (id.length() > 64) {
            throw new io.tenantcrm.core.shared.NotFoundException("user", id);
        }
        return UserId.of(id);
    }
}
