package io.tenantcrm.service.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Where the web console signs people in, read once from MicroProfile Config: one console build serves every
 * installation. {@code crm.console.keycloak-url} is Keycloak as browsers reach it (it may differ from the address
 * the service itself uses, {@code crm.keycloak.url}, which is the default).
 */
@ApplicationScoped
public class ConsoleConfig {

    @Inject
    @ConfigProperty(name = "crm.console.keycloak-url", defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "crm.keycloak.realm", defaultValue = "crm")
    String realm;

    @Inject
    @ConfigProperty(name = "crm.console.client-id", defaultValue = "crm-console")
    String clientId;

    /** Whether signup and invitations take a first password (local stacks) or Keycloak mails a link (production). */
    @Inject
    @ConfigProperty(name = "crm.signup.accept-initial-password", defaultValue = "false")
    boolean initialPasswords;

    /** What the console reads at start ({@code /app/config.json}). */
    public String json() {
        return "{\"keycloakUrl\":" + quoted(keycloakUrl) + ",\"realm\":" + quoted(realm) + ",\"clientId\":"
                + quoted(clientId) + ",\"apiBase\":\"/api/v1\",\"initialPasswords\":" + initialPasswords + "}";
    }

    /** Keycloak's origin, the one other place the console may talk to (its Content-Security-Policy). */
    public String keycloakOrigin() {
        URI uri = URI.create(keycloakUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    private static String quoted(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
