package io.tenantcrm.tenantadmin.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.devstack.LocalKeycloak;
import io.tenantcrm.devstack.WorkFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real Keycloak: the realm set-up gives tokens exactly the claims the service trusts. */
class PlatformRealmIT {

    @TempDir
    static Path keycloakData;

    private static LocalKeycloak keycloak;
    private static Keycloak admin;
    private static PlatformRealm platform;

    @BeforeAll
    static void startKeycloak() {
        keycloak = LocalKeycloak.start(WorkFolder.resolve(), keycloakData, 0, "admin", "admin-secret");
        admin = KeycloakBuilder.builder().serverUrl(keycloak.baseUrl()).realm("master").clientId("admin-cli")
                .username("admin").password("admin-secret").build();
        platform = PlatformRealm.withDefaults(keycloak.baseUrl());
        new PlatformRealmSetup(admin, platform).apply(List.of("http://127.0.0.1/*"));
    }

    @AfterAll
    static void stopKeycloak() {
        admin.close();
        keycloak.close();
    }

    @Test
    void the_setup_can_run_again_without_harm() {
        new PlatformRealmSetup(admin, platform).apply(List.of("http://127.0.0.1/*"));
        assertThat(admin.realm(platform.realm()).clients().findByClientId(platform.webClientId())).hasSize(1);
    }

    @Test
    void the_console_client_is_public_with_pkce_and_exact_redirects_kept_up_to_date() {
        PlatformRealmSetup setup = new PlatformRealmSetup(admin, platform);
        setup.ensureConsoleClient(PlatformRealm.CONSOLE_CLIENT, List.of("http://127.0.0.1:8080"));
        setup.ensureConsoleClient(PlatformRealm.CONSOLE_CLIENT, List.of("http://127.0.0.1:9090"));

        var clients = admin.realm(platform.realm()).clients().findByClientId(PlatformRealm.CONSOLE_CLIENT);
        assertThat(clients).hasSize(1);
        var console = clients.get(0);
        assertThat(console.isPublicClient()).isTrue();
        assertThat(console.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(console.isImplicitFlowEnabled()).isFalse();
        assertThat(console.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(console.getRedirectUris()).containsExactly("http://127.0.0.1:9090/app/");
        assertThat(console.getWebOrigins()).containsExactly("http://127.0.0.1:9090");
        assertThat(console.getDefaultClientScopes()).contains("microprofile-jwt", "organization");
    }

    @Test
    void the_login_pages_speak_english_and_simplified_chinese() {
        var realm = admin.realm(platform.realm()).toRepresentation();
        assertThat(realm.isInternationalizationEnabled()).isTrue();
        assertThat(realm.getSupportedLocales()).contains("en", "zh-CN");
    }

    @Test
    void a_member_token_carries_tenant_roles_and_audience() throws Exception {
        KeycloakOrganizations organizations = new KeycloakOrganizations(admin, platform);
        String tenantId = organizations.createOrganization("acme", "Acme Export Ltd");
        organizations.addMember(tenantId, new NewMember("rep@acme.test", "Rita", "Rep", "rita-secret",
                Set.of(CrmRole.SALES_REP)));

        JsonNode claims = claimsOf(passwordGrant("rep@acme.test", "rita-secret"));

        assertThat(claims.path("iss").asText()).isEqualTo(platform.issuer());
        assertThat(claims.path("organization").path("acme").path("id").asText()).isEqualTo(tenantId);
        assertThat(claims.path("groups").toString()).contains("sales-rep").doesNotContain("tenant-admin");
        assertThat(claims.path("aud").toString()).contains(platform.apiAudience());
        assertThat(claims.path("upn").asText()).isEqualTo("rep@acme.test");
        assertThat(organizations.findUserId("rep@acme.test")).isPresent();
    }

    private static String passwordGrant(String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + platform.webClientId()
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(platform.tokenUrl()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).path("access_token").asText();
    }

    private static JsonNode claimsOf(String jwt) throws Exception {
        String payload = jwt.split("\\.")[1];
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(payload));
    }
}
