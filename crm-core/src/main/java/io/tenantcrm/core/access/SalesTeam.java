package io.tenantcrm.core.access;

import io.tenantcrm.core.shared.UserId;

import java.util.Objects;
import java.util.Set;

/**
 * A sales manager and the people who report to them. Invariants: the manager is not their own member; a person
 * belongs to at most one team in a tenant (checked by {@link TeamAdministration} and by the store).
 */
public record SalesTeam(UserId manager, Set<UserId> members) {

    public SalesTeam {
        Objects.requireNonNull(manager, "manager");
        members = Set.copyOf(members);
        if (members.contains(manager)) {
            throw new IllegalArgumentException("a manager is not a member of their own team");
        }
    }

    public static SalesTeam empty(UserId manager) {
        return new SalesTeam(manager, Set.of());
    }
}
