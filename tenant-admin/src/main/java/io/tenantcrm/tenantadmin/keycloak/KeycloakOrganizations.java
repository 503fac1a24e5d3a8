package io.tenantcrm.tenantadmin.keycloak;

import io.tenantcrm.core.tenant.CrmRole;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tenants as Keycloak Organizations of the platform realm: one organization per tenant (its alias is the tenant
 * slug, its id the tenant id), users as members holding CRM realm roles.
 */
public final class KeycloakOrganizations {

    private final Keycloak admin;
    private final PlatformRealm platform;

    public KeycloakOrganizations(Keycloak admin, PlatformRealm platform) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The organization's id, which is the tenant id. */
    public String createOrganization(String slug, String name) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setAlias(slug);
        organization.setName(name);
        organization.setEnabled(true);
        try (Response response = realm().organizations().create(organization)) {
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    public Optional<String> findUserId(String email) {
        return realm().users().searchByEmail(email, true).stream().map(UserRepresentation::getId).findFirst();
    }

    /** Creates the user, grants the roles and makes the user a member of the organization; answers the user id. */
    public String addMember(String organizationId, NewMember member) {
        RealmResource realm = realm();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(member.email());
        user.setEmail(member.email());
        user.setEmailVerified(member.password() != null);
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEnabled(true);
        if (member.password() != null) {
            CredentialRepresentation password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(member.password());
            password.setTemporary(false);
            user.setCredentials(List.of(password));
        } else {
            user.setRequiredActions(List.of("VERIFY_EMAIL", "UPDATE_PASSWORD"));
        }
        String userId;
        try (Response response = realm.users().create(user)) {
            userId = CreatedResponseUtil.getCreatedId(response);
        }
        List<RoleRepresentation> roles = member.roles().stream()
                .map(CrmRole::roleName)
                .map(name -> realm.roles().get(name).toRepresentation())
                .toList();
        realm.users().get(userId).roles().realmLevel().add(roles);
        try (Response response = realm.organizations().get(organizationId).members().addMember(userId)) {
            if (response.getStatus() != 201 && response.getStatus() != 204) {
                throw new IllegalStateException("Keycloak refused the membership of " + member.email()
                        + ": HTTP " + response.getStatus());
            }
        }
        return userId;
    }

    private RealmResource realm() {
        return admin.realm(platform.realm());
    }
}
