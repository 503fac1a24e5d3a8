package io.tenantcrm.tenantadmin.keycloak;

import io.tenantcrm.core.tenant.CrmRole;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientScopeResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a Keycloak realm fit for the platform, idempotently: Organizations on (one per tenant), the CRM roles, and
 * a web client whose access tokens carry what the service trusts: {@code groups} (roles, from the built-in
 * {@code microprofile-jwt} scope), {@code organization} with the organization id (the tenant), and the API audience.
 * Run once per installation by an operator tool (the local stack does it on start).
 */
public final class PlatformRealmSetup {

    private static final String ORGANIZATION_SCOPE = "organization";
    private static final String ORGANIZATION_MAPPER = "oidc-organization-membership-mapper";
    /** What a client's access tokens carry: roles as groups (microprofile-jwt), the organization. */
    private static final List<String> TOKEN_SCOPES = List.of(
            "basic", "profile", "email", "roles", "web-origins", "acr", "microprofile-jwt", ORGANIZATION_SCOPE);

    private final Keycloak admin;
    private final PlatformRealm platform;

    public PlatformRealmSetup(Keycloak admin, PlatformRealm platform) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    public void apply(List<String> webRedirectUris) {
        RealmResource realm = ensureRealm();
        ensureLoginLanguages(realm);
        ensureRoles(realm);
        ensureOrganizationIdInTokens(realm);
        ensureWebClient(realm, webRedirectUris);
    }

    /** The languages of the login pages: the console passes its own as ui_locales. */
    static final List<String> LOGIN_LOCALES = List.of("en", "zh-CN");

    /**
     * The web console's client: public (it runs in the browser), standard flow with PKCE S256 only, redirected
     * back to exactly {@code <origin>/app/} and allowed to call Keycloak from exactly those origins. Its tokens
     * carry what the API checks, like the web client's. Brought up to date on every run, since the local stack's
     * ports may change.
     */
    public void ensureConsoleClient(String clientId, List<String> serviceOrigins) {
        RealmResource realm = admin.realm(platform.realm());
        List<String> redirects = serviceOrigins.stream().map(origin -> origin + "/app/").toList();
        ClientRepresentation client = realm.clients().findByClientId(clientId).stream().findFirst()
                .orElseGet(ClientRepresentation::new);
        boolean exists = client.getId() != null;
        client.setClientId(clientId);
        client.setName("Tenant CRM console");
        client.setProtocol("openid-connect");
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setRedirectUris(redirects);
        client.setWebOrigins(serviceOrigins);
        Map<String, String> attributes = new HashMap<>(client.getAttributes() == null ? Map.of() : client.getAttributes());
        attributes.put("pkce.code.challenge.method", "S256");
        attributes.put("post.logout.redirect.uris", String.join("##", redirects));
        client.setAttributes(attributes);
        if (exists) {
            realm.clients().get(client.getId()).update(client);
        } else {
            client.setDefaultClientScopes(TOKEN_SCOPES);
            client.setProtocolMappers(List.of(audienceMapper()));
            realm.clients().create(client).close();
        }
    }

    /** Realm-management rights the service's own client needs: users and organizations, nothing more. */
    static final List<String> SERVICE_ROLES = List.of("manage-users", "view-users", "query-users", "manage-realm");

    /**
     * The confidential client the service uses to provision tenants and users (signup, user management), with a
     * service account holding only {@link #SERVICE_ROLES}. Never the master admin.
     */
    public void ensureServiceClient(String clientId, String secret) {
        RealmResource realm = admin.realm(platform.realm());
        if (realm.clients().findByClientId(clientId).isEmpty()) {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setName("Tenant CRM service");
            client.setProtocol("openid-connect");
            client.setPublicClient(false);
            client.setSecret(secret);
            client.setServiceAccountsEnabled(true);
            client.setStandardFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            realm.clients().create(client).close();
        }
        String id = realm.clients().findByClientId(clientId).get(0).getId();
        var serviceUser = realm.clients().get(id).getServiceAccountUser();
        String managementId = realm.clients().findByClientId("realm-management").get(0).getId();
        List<RoleRepresentation> roles = SERVICE_ROLES.stream()
                .map(role -> realm.clients().get(managementId).roles().get(role).toRepresentation()).toList();
        realm.users().get(serviceUser.getId()).roles().clientLevel(managementId).add(roles);
    }

    private RealmResource ensureRealm() {
        boolean exists = admin.realms().findAll().stream().anyMatch(r -> r.getRealm().equals(platform.realm()));
        if (!exists) {
            RealmRepresentation realm = new RealmRepresentation();
            realm.setRealm(platform.realm());
            realm.setDisplayName("Tenant CRM");
            realm.setEnabled(true);
            realm.setOrganizationsEnabled(true);
            realm.setLoginWithEmailAllowed(true);
            realm.setDuplicateEmailsAllowed(false);
            admin.realms().create(realm);
        }
        return admin.realm(platform.realm());
    }

    private void ensureLoginLanguages(RealmResource realm) {
        RealmRepresentation current = realm.toRepresentation();
        if (!Boolean.TRUE.equals(current.isInternationalizationEnabled())
                || current.getSupportedLocales() == null || !current.getSupportedLocales().containsAll(LOGIN_LOCALES)) {
            current.setInternationalizationEnabled(true);
            current.setSupportedLocales(new LinkedHashSet<>(LOGIN_LOCALES));
            current.setDefaultLocale("en");
            realm.update(current);
        }
    }

    private void ensureRoles(RealmResource realm) {
        List<String> present = realm.roles().list().stream().map(RoleRepresentation::getName).toList();
        for (CrmRole role : CrmRole.values()) {
            if (!present.contains(role.roleName())) {
                realm.roles().create(new RoleRepresentation(role.roleName(), "CRM role " + role.roleName(), false));
            }
        }
    }

    /** The built-in organization mapper leaves the id out unless told; the service needs the id, not the alias. */
    private void ensureOrganizationIdInTokens(RealmResource realm) {
        ClientScopeRepresentation scope = realm.clientScopes().findAll().stream()
                .filter(s -> s.getName().equals(ORGANIZATION_SCOPE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("realm " + platform.realm()
                        + " has no '" + ORGANIZATION_SCOPE + "' client scope: is the Organizations feature on?"));
        ClientScopeResource scopeResource = realm.clientScopes().get(scope.getId());
        ProtocolMapperRepresentation mapper = scopeResource.getProtocolMappers().getMappers().stream()
                .filter(m -> m.getProtocolMapper().equals(ORGANIZATION_MAPPER)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no organization membership mapper in its scope"));
        Map<String, String> config = new HashMap<>(mapper.getConfig());
        if (!"true".equals(config.get("addOrganizationId")) || !"true".equals(config.get("multivalued"))) {
            config.put("addOrganizationId", "true");
            config.put("multivalued", "true"); // with false the id is dropped silently
            config.put("access.token.claim", "true");
            mapper.setConfig(config);
            scopeResource.getProtocolMappers().update(mapper.getId(), mapper);
        }
    }

    private void ensureWebClient(RealmResource realm, List<String> redirectUris) {
        boolean exists = !realm.clients().findByClientId(platform.webClientId()).isEmpty();
        if (exists) {
            return;
        }
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(platform.webClientId());
        client.setName("Tenant CRM web");
        client.setProtocol("openid-connect");
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        // lets scripts and tests sign in with a password; a production realm may turn it off
        client.setDirectAccessGrantsEnabled(true);
        client.setRedirectUris(redirectUris);
        client.setWebOrigins(List.of("+"));
        client.setDefaultClientScopes(TOKEN_SCOPES);
        client.setProtocolMappers(List.of(audienceMapper()));
        realm.clients().create(client).close();
    }

    private ProtocolMapperRepresentation audienceMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("crm-api audience");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of(
                "included.custom.audience", platform.apiAudience(),
                "access.token.claim", "true",
                "id.token.claim", "false",
                "introspection.token.claim", "true"));
        return mapper;
    }
}
