package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

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

    /** A person to add to a tenant, with their CRM roles. */
    record Member(EmailAddress email, String firstName, String lastName, Set<CrmRole> roles, String initialPassword) {
        public Member {
            roles = Set.copyOf(roles);
        }
    }
}
