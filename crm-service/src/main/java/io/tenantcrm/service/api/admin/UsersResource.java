package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.access.Offboarding;
import io.tenantcrm.core.access.OwnedWork;
import io.tenantcrm.core.access.RecordShares;
import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.assignment.Availability;
import io.tenantcrm.core.assignment.PersonSchedule;
import io.tenantcrm.core.assignment.PersonSchedules;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.BusinessHours;
import io.tenantcrm.core.sla.WeeklyHours;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.UserAdministration;
import io.tenantcrm.service.api.Inputs;
import io.tenantcrm.service.api.Roles;
import io.tenantcrm.service.api.openapi.ApiExamples;
import io.tenantcrm.service.assignment.DirectoryAvailability;
import io.tenantcrm.service.identity.KeycloakConnection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A tenant admin's people: invite, list, change roles, deactivate, reactivate, hand over their work and remove
 * them. Someone of another tenant is 404; the last active admin cannot be demoted, deactivated or removed; only the
 * CRM's roles exist here.
 */
@Path("/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
public class UsersResource {

    @Inject
    KeycloakConnection keycloak;

    @Inject
    CurrentUser caller;

    @Inject
    Crm crm;

    @Inject
    OwnedWork work;

    @Inject
    SalesTeams teams;

    @Inject
    RecordShares shares;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    PersonSchedules schedules;

    @Inject
    DirectoryAvailability availabilityCache;

    @Inject
    @ConfigProperty(name = "crm.signup.accept-initial-password", defaultValue = "false")
    boolean acceptInitialPassword;

    public record PersonView(String id, String email, String firstName, String lastName, List<String> roles,
                             boolean active) {
        static PersonView of(IdentityDirectory.Person p) {
            return new PersonView(p.id().value(), p.email(), p.firstName(), p.lastName(),
                    p.roles().stream().map(CrmRole::roleName).sorted().toList(), p.enabled());
        }
    }

    public record InviteRequest(String email, String firstName, String lastName, List<String> roles,
                                String initialPassword) {
    }

    public record RolesRequest(List<String> roles) {
    }

    public record HandoverRequest(String to, String reason) {
    }

    /** How many records of each kind (lead, deal, account, task) changed hands. */
    public record HandoverView(String from, String to, Map<String, Integer> handedOver) {
        static HandoverView of(Offboarding.Handover handover) {
            Map<String, Integer> counts = new TreeMap<>();
            handover.handedOver().forEach((type, n) -> counts.put(type.name().toLowerCase(Locale.ROOT), n));
            return new HandoverView(handover.from().value(), handover.to().value(), counts);
        }
    }

    @GET
    @Operation(summary = "The tenant's people with their roles and whether they are active")
    public List<PersonView> list() {
        return administration().people().stream().map(PersonView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Someone in the company: name, email, roles, whether they may sign in")
    public PersonView get(@PathParam("id") String id) {
        return PersonView.of(administration().person(UserId.of(id)));
    }

    @POST
    @Operation(summary = "Invite someone; they verify their email and choose a password on first sign-in")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "PersonView")))
    public Response invite(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "a new sales rep", value = ApiExamples.INVITE))) InviteRequest request) {
        Inputs.requireBody(request);
        if (request.initialPassword() != null && !acceptInitialPassword) {
            throw new InvalidValueException("initialPassword", "is not accepted here: they choose it themselves");
        }
        EmailAddress email;
        try {
            email = EmailAddress.of(request.email());
        } catch (InvalidValueException e) {
            throw e.forField("email");
        }
        IdentityDirectory.Person person = administration().invite(email, request.firstName(), request.lastName(),
                roles(request.roles()), request.initialPassword());
        return Response.status(201).entity(PersonView.of(person)).build();
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace someone's CRM roles; effective with their next token")
    public PersonView changeRoles(@PathParam("id") String id, RolesRequest request) {
        Inputs.requireBody(request);
        return PersonView.of(administration().changeRoles(UserId.of(id), roles(request.roles())));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Stop someone signing in (their records stay with the company)")
    public PersonView deactivate(@PathParam("id") String id) {
        return PersonView.of(administration().deactivate(UserId.of(id)));
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Let someone deactivated sign in again")
    public PersonView reactivate(@PathParam("id") String id) {
        return PersonView.of(administration().reactivate(UserId.of(id)));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Make someone choose a new password at their next sign-in")
    public PersonView resetPassword(@PathParam("id") String id) {
        return PersonView.of(administration().resetPassword(UserId.of(id)));
    }

    /** Working hours as written on a door ({@code MON-FRI 08:00-16:00}) in a time zone, and days away. */
    public record AvailabilityJson(String timeZone, String workingHours, List<LeaveJson> leave) {
        public record LeaveJson(String from, String to) {
        }
    }

    @GET
    @Path("{id}/availability")
    @Operation(summary = "When someone works and when they are away (lead assignment skips them then)")
    public AvailabilityJson availability(@PathParam("id") String id) {
        UserId person = administration().person(UserId.of(id)).id();
        return unitOfWork.inTransaction(() -> schedules.of(caller.tenant(), person))
                .map(s -> new AvailabilityJson(s.workingHours() == null ? null : s.workingHours().zone().getId(),
                        s.workingHours() == null ? null : WeeklyHours.format(s.workingHours()),
                        s.leave().stream().map(l -> new AvailabilityJson.LeaveJson(l.from().toString(),
                                l.to().toString())).toList()))
                .orElse(new AvailabilityJson(null, null, List.of()));
    }

    @PUT
    @Path("{id}/availability")
    @Operation(summary = "Set someone's working hours and leave; assignment follows it from the next lead")
    public AvailabilityJson setAvailability(@PathParam("id") String id, AvailabilityJson request) {
        Inputs.requireBody(request);
        UserId person = administration().person(UserId.of(id)).id();
        BusinessHours hours = null;
        if (request.workingHours() != null && !request.workingHours().isBlank()) {
            ZoneId zone;
            try {
                zone = ZoneId.of(request.timeZone() == null ? "UTC" : request.timeZone().strip());
            } catch (DateTimeException e) {
                throw new InvalidValueException("timeZone", "is not a time zone such as Europe/Berlin");
            }
            try {
                hours = WeeklyHours.parse(request.workingHours(), zone, Set.of());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("workingHours", e.getMessage());
            }
        }
        List<Availability.Leave> leave = new ArrayList<>();
        List<AvailabilityJson.LeaveJson> given = request.leave() == null ? List.of() : request.leave();
        for (int i = 0; i < given.size(); i++) {
            try {
                leave.add(new Availability.Leave(LocalDate.parse(given.get(i).from()),
                        LocalDate.parse(given.get(i).to())));
            } catch (RuntimeException e) {
                throw new InvalidValueException("leave[" + i + "]", "needs from and to dates (2026-12-01), in order");
            }
        }
        PersonSchedule schedule = new PersonSchedule(hours, leave);
        unitOfWork.inTransaction(() -> {
            schedules.save(caller.tenant(), person, schedule);
            return null;
        });
        availabilityCache.forget(caller.tenant());
        return availability(id);
    }

    @POST
    @Path("{id}/handover")
    @Operation(summary = "Hand someone's open leads, open deals, accounts and open tasks to a colleague, with the"
            + " reason; each transfer is audited")
    public HandoverView handOver(@PathParam("id") String id, HandoverRequest request) {
        Inputs.requireBody(request);
        return HandoverView.of(offboarding().handOver(UserId.of(id), Inputs.userId(request.to(), "to"),
                request.reason()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove someone from the tenant, after their work is handed over (422 lists what is left)")
    @APIResponse(responseCode = "204", description = "Done; nothing to answer")
    public Response remove(@PathParam("id") String id) {
        offboarding().remove(UserId.of(id));
        return Response.noContent().build();
    }

    private Offboarding offboarding() {
        return new Offboarding(keycloak.directory(), work, teams, shares, crm, unitOfWork, caller);
    }

    private UserAdministration administration() {
        return new UserAdministration(keycloak.directory(), caller);
    }

    private static Set<CrmRole> roles(List<String> names) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(name -> CrmRole.fromRoleName(name == null ? "" : name.strip())
                .orElseThrow(() -> new InvalidValueException("roles", "'" + name + "' is not a CRM role; use "
                        + "tenant-admin, sales-manager or sales-rep")))
                .collect(Collectors.toSet());
    }
}
