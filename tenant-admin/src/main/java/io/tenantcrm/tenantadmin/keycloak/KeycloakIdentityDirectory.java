package io.tenantcrm.tenantadmin.keycloak;

import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.IdentityDirectory;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link IdentityDirectory} on Keycloak: one Organization per tenant in the platform realm. */
public final class KeycloakIdentityDirectory implements IdentityDirectory {

    private static final int MEMBERS_PAGE = 200;

    private final Keycloak admin;
    private final PlatformRealm platform;
    private final KeycloakOrganizations organizations;

    public KeycloakIdentityDirectory(Keycloak admin, PlatformRealm platform) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.organizations = new KeycloakOrganizations(admin, platform);
    }

    /**
     * Keycloak wants organization names unique, but two companies may well share a name: the organization is named
     * by the slug (unique anyway) and the company's name lives in the tenant registry.
     */
    @Override
    public TenantId createOrganization(String slug, String name) {
        return TenantId.of(organizations.createOrganization(slug, slug));
    }

    @Override
    public void deleteOrganization(TenantId tenant) {
        try (Response response = admin.realm(platform.realm()).organizations().get(tenant.value()).delete()) {
            if (response.getStatus() != 204 && response.getStatus() != 404) {
                throw new IllegalStateException("Keycloak refused to delete organization " + tenant + ": HTTP "
                        + response.getStatus());
            }
        }
    }

    @Override
    public Optional<UserId> findUser(EmailAddress email) {
        return organizations.findUserId(email.value()).map(UserId::of);
    }

    @Override
    public UserId addMember(TenantId tenant, Member member) {
        return UserId.of(organizations.addMember(tenant.value(), new NewMember(member.email().value(),
                member.firstName(), member.lastName(), member.initialPassword(), member.roles())));
    }

    @Override
    public void deleteUser(UserId user) {
        try {
            admin.realm(platform.realm()).users().delete(user.value()).close();
        } catch (NotFoundException gone) {
            // already gone: nothing to undo
        }
    }

    @Override
    public List<Person> members(TenantId tenant) {
        List<Person> people = new ArrayList<>();
        try {
            var members = realm().organizations().get(tenant.value()).members();
            for (int first = 0; ; first += MEMBERS_PAGE) {
                var page = members.list(first, MEMBERS_PAGE);
                page.forEach(member -> people.add(person(member.getId())));
                if (page.size() < MEMBERS_PAGE) {
                    return people;
                }
            }
        } catch (NotFoundException gone) {
            return List.of(); // no organization (any more): nobody belongs to the tenant
        }
    }

    @Override
    public Optional<Person> member(TenantId tenant, UserId user) {
        try {
            realm().organizations().get(tenant.value()).members().member(user.value()).toRepresentation();
        } catch (NotFoundException notAMember) {
            return Optional.empty();
        }
        return Optional.of(person(user.value()));
    }

    @Override
    public void setRoles(TenantId tenant, UserId user, Set<CrmRole> roles) {
        var mappings = realm().users().get(user.value()).roles().realmLevel();
        List<RoleRepresentation> crmRoles = mappings.listAll().stream()
                .filter(role -> CrmRole.fromRoleName(role.getName()).isPresent()).toList();
        if (!crmRoles.isEmpty()) {
            mappings.remove(crmRoles);
        }
        mappings.add(roles.stream().map(role -> realm().roles().get(role.roleName()).toRepresentation()).toList());
    }

    @Override
    public void setEnabled(TenantId tenant, UserId user, boolean enabled) {
        var resource = realm().users().get(user.value());
        UserRepresentation representation = resource.toRepresentation();
        representation.setEnabled(enabled);
        resource.update(representation);
    }

    @Override
    public void requirePasswordChange(TenantId tenant, UserId user) {
        var resource = realm().users().get(user.value());
        UserRepresentation representation = resource.toRepresentation();
        List<String> actions = new ArrayList<>(
                representation.getRequiredActions() == null ? List.of() : representation.getRequiredActions());
        if (!actions.contains("UPDATE_PASSWORD")) {
            actions.add("UPDATE_PASSWORD");
        }
        representation.setRequiredActions(actions);
        resource.update(representation);
    }

    private Person person(String userId) {
        var resource = realm().users().get(userId);
        UserRepresentation user = resource.toRepresentation();
        Set<CrmRole> roles = resource.roles().realmLevel().listAll().stream()
                .map(role -> CrmRole.fromRoleName(role.getName()))
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return new Person(UserId.of(user.getId()), user.getEmail(), user.getFirstName(), user.getLastName(), roles,
                Boolean.TRUE.equals(user.isEnabled()));
    }

    private org.keycloak.admin.client.resource.RealmResource realm() {
        return admin.realm(platform.realm());
    }
}
