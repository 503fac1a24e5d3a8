package io.tenantcrm.core.access;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.IdentityDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: a tenant admin puts reps into a sales manager's team, which is what the manager then sees. A team is
 * led by someone holding the sales-manager role; its members are the tenant's people, each in one team at most
 * (moving someone is explicit: take them out of the old team first, so no manager silently loses a rep).
 */
public final class TeamAdministration {

    private final IdentityDirectory directory;
    private final SalesTeams teams;
    private final UnitOfWork unitOfWork;
    private final CurrentUser caller;

    public TeamAdministration(IdentityDirectory directory, SalesTeams teams, UnitOfWork unitOfWork,
                              CurrentUser caller) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.teams = Objects.requireNonNull(teams, "teams");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public List<SalesTeam> teams() {
        return unitOfWork.inTransaction(() -> teams.all(caller.tenant()));
    }

    public SalesTeam team(UserId manager) {
        requirePerson(manager);
        return unitOfWork.inTransaction(() -> teams.ledBy(caller.tenant(), manager));
    }

    /** Replaces the members of the manager's team. */
    public SalesTeam setTeam(UserId manager, Set<UserId> members) {
        IdentityDirectory.Person lead = requirePerson(manager);
        if (!lead.roles().contains(CrmRole.SALES_MANAGER)) {
            throw new RuleViolationException("manager", "only a sales manager leads a team; give them the "
                    + "sales-manager role first");
        }
        List<Violation> violations = new ArrayList<>();
        for (UserId member : members) {
            if (member.equals(manager)) {
                violations.add(new Violation("members", "a manager is not a member of their own team"));
            } else if (directory.member(caller.tenant(), member).isEmpty()) {
                violations.add(new Violation("members", "no person " + member + " in this tenant"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        return unitOfWork.inTransaction(() -> {
            List<Violation> elsewhere = new ArrayList<>();
            for (UserId member : members) {
                Optional<UserId> current = teams.managerOf(caller.tenant(), member);
                if (current.isPresent() && !current.get().equals(manager)) {
                    elsewhere.add(new Violation("members", member + " is in the team of " + current.get()
                            + "; take them out there first"));
                }
            }
            if (!elsewhere.isEmpty()) {
                throw new RuleViolationException(elsewhere);
            }
            SalesTeam team = new SalesTeam(manager, members);
            teams.save(caller.tenant(), team);
            return team;
        });
    }

    private IdentityDirectory.Person requirePerson(UserId user) {
        return directory.member(caller.tenant(), user).orElseThrow(() -> new NotFoundException("user", user));
    }
}
