package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Use case: a tenant admin manages the tenant's people: invite, list, change roles, deactivate and reactivate.
 * Only the CRM's roles can be granted, only the tenant's own people are visible (anyone else is "not found"), and
 * the tenant never loses its last active admin.
 */
public final class UserAdministration {

    /** Names as the identity directory keeps them (Keycloak takes 255; people's names are shorter). */
    static final int MAX_NAME = 100;

    private final IdentityDirectory directory;
    private final CurrentUser caller;

    public UserAdministration(IdentityDirectory directory, CurrentUser caller) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public List<IdentityDirectory.Person> people() {
        return directory.members(caller.tenant()).stream()
                .sorted(Comparator.comparing(IdentityDirectory.Person::email)).toList();
    }

    public IdentityDirectory.Person person(UserId user) {
        return directory.member(caller.tenant(), user).orElseThrow(() -> new NotFoundException("user", user));
    }

    /** Invites someone: without a password they verify their email and choose one on first sign-in. */
    public IdentityDirectory.Person invite(EmailAddress email, String firstName, String lastName, Set<CrmRole> roles,
                                           String initialPassword) {
        if (roles.isEmpty()) {
            throw new RuleViolationException("roles", "give at least one role");
        }
        List<Violation> violations = new ArrayList<>();
        for (String[] name : new String[][] {{"firstName", firstName}, {"lastName", lastName}}) {
            if (name[1] == null || name[1].isBlank()) {
                violations.add(new Violation(name[0], "first and last name are required"));
            } else if (name[1].strip().length() > MAX_NAME) {
                violations.add(new Violation(name[0], "must be at most " + MAX_NAME + " characters"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (directory.findUser(email).isPresent()) {
            throw new RuleViolationException("email", "this email already belongs to a user of the platform");
        }
        UserId id = directory.addMember(caller.tenant(), new IdentityDirectory.Member(email, firstName, lastName,
                roles, initialPassword));
        return person(id);
    }

    public IdentityDirectory.Person changeRoles(UserId user, Set<CrmRole> roles) {
        IdentityDirectory.Person person = person(user);
        if (roles.isEmpty()) {
            throw new RuleViolationException("roles", "give at least one role; to stop someone, deactivate them");
        }
        if (person.roles().contains(CrmRole.TENANT_ADMIN) && !roles.contains(CrmRole.TENANT_ADMIN)) {
            requireAnotherActiveAdmin(user);
        }
        directory.setRoles(caller.tenant(), user, roles);
        return person(user);
    }

    public IdentityDirectory.Person deactivate(UserId user) {
        IdentityDirectory.Person person = person(user);
        if (person.roles().contains(CrmRole.TENANT_ADMIN)) {
            requireAnotherActiveAdmin(user);
        }
        directory.setEnabled(caller.tenant(), user, false);
        return person(user);
    }

    public IdentityDirectory.Person reactivate(UserId user) {
        person(user);
        directory.setEnabled(caller.tenant(), user, true);
        return person(user);
    }

    /** Someone forgot their password or it leaked: they must choose a new one at their next sign-in. */
    public IdentityDirectory.Person resetPassword(UserId user) {
        person(user);
        directory.requirePasswordChange(caller.tenant(), user);
        return person(user);
    }

    /** Refuses a change that would leave the tenant without an active admin. */
    public void requireAnotherActiveAdmin(UserId leaving) {
        boolean another = directory.members(caller.tenant()).stream()
                .anyMatch(p -> !p.id().equals(leaving) && p.enabled() && p.roles().contains(CrmRole.TENANT_ADMIN));
        if (!another) {
            throw new RuleViolationException("roles", "the tenant would have no active admin left");
        }
    }
}
