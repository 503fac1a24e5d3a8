package io.tenantcrm.core.access;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;

import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whose records a person works through their role, before any share: a tenant admin everyone's; a sales manager
 * their own and their team's; a sales rep their own. Everyone sees unassigned records, the shared queue leads
 * wait in. Records outside the scope are answered as "not found", exactly like records that do not exist.
 */
public final class RecordScope {

    private final UserId person;
    private final Set<UserId> owners;
    private final boolean wholeTenant;

    private RecordScope(UserId person, Set<UserId> owners, boolean wholeTenant) {
        this.person = Objects.requireNonNull(person, "person");
        this.owners = Set.copyOf(owners);
        this.wholeTenant = wholeTenant;
    }

    /** The scope of a person holding these roles; a manager's team is read only when needed. */
    public static RecordScope of(UserId person, Set<CrmRole> roles, java.util.function.Supplier<SalesTeam> team) {
        if (roles.contains(CrmRole.TENANT_ADMIN)) {
            return new RecordScope(person, Set.of(person), true);
        }
        Set<UserId> owners = new HashSet<>();
        owners.add(person);
        if (roles.contains(CrmRole.SALES_MANAGER)) {
            owners.addAll(team.get().members());
        }
        return new RecordScope(person, owners, false);
    }

    /** True when a record with this owner (empty: unassigned) is in the scope. */
    public boolean covers(Optional<UserId> owner) {
        return wholeTenant || owner.isEmpty() || owners.contains(owner.get());
    }

    public boolean covers(UserId owner) {
        return covers(Optional.ofNullable(owner));
    }

    /** Whether the scope is the whole tenant; otherwise {@link #owners()} lists whose records it holds. */
    public boolean wholeTenant() {
        return wholeTenant;
    }

    /** The owners whose records are in the scope (meaningless when {@link #wholeTenant()}). */
    public Set<UserId> owners() {
        return owners;
    }

    public UserId person() {
        return person;
    }
}
