package io.tenantcrm.tenantadmin.keycloak;

import io.tenantcrm.core.tenant.CrmRole;

import java.util.Objects;
import java.util.Set;

/**
 * A person to add to a tenant. Keycloak refuses password sign-in for accounts without email, first and last name
 * ("Account is not fully set up"), so all three are required here.
 */
public record NewMember(String email, String firstName, String lastName, String password, Set<CrmRole> roles) {

    public NewMember {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        // null: the member sets a password on first sign-in (required action)
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a member needs at least one CRM role");
        }
    }
}
