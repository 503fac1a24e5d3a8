package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Outbound port: where tenants' people sign in (the reference service uses Keycloak Organizations). The CRM never
 * stores passwords; it asks the directory to create organizations and members and to take them away again.
 */
public interface IdentityDirectory {

    /** Creates the organization of a new tenant; its id becomes the tenant id. */
    TenantId createOrganization(String slug, String name);

    void deleteOrganization(TenantId tenant);

    Optional<UserId> findUser(EmailAddress email);

    /** Creates a member who must set a password on first sign-in (or gets {@code initialPassword} in dev mode). */
    UserId addMember(TenantId tenant, Member member);

    void deleteUser(UserId user);

    /** The tenant's people, with their CRM roles and whether they may sign in. */
    List<Person> members(TenantId tenant);

    /** One person of the tenant; empty for anyone who is not (another tenant's user included). */
    Optional<Person> member(TenantId tenant, UserId user);

    /** Replaces the person's CRM roles; takes effect with their next token. */
    void setRoles(TenantId tenant, UserId user, Set<CrmRole> roles);

    /** A disabled person cannot obtain tokens. */
    void setEnabled(TenantId tenant, UserId user, boolean enabled);

    /** Makes the user choose a new password at their next sign-in; the old one no longer signs them in alone. */
    void requirePasswordChange(TenantId tenant, UserId user);

    /** A person of a tenant as the directory knows them. */
    record Person(UserId id, String email, String firstName, String lastName, Set<CrmRole> roles, boolean enabled) {
        public Person {
            roles = Set.copyOf(roles);
        }
    }

    /** A person to add to a tenant, with their CRM roles. */
    record Member(EmailAddress email, String firstName, String lastName, Set<CrmRole> roles, String initialPassword) {
        public Member {
            roles = Set.copyOf(roles);
        }
    }
}
