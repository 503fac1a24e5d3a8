package io.tenantcrm.service.identity;

import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.tenantadmin.keycloak.KeycloakIdentityDirectory;
import io.tenantcrm.tenantadmin.keycloak.PlatformRealm;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

import java.util.Optional;

/**
 * The service's own connection to Keycloak's admin API, as the confidential client {@code crm.keycloak.client-id}
 * (client credentials, least rights: users and organizations), opened on first use and closed at shutdown.
 */
@ApplicationScoped
public class KeycloakConnection {

    @Inject
    @ConfigProperty(name = "crm.keycloak.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "crm.keycloak.realm", defaultValue = "crm")
    String realm;

    @Inject
    @ConfigProperty(name = "crm.keycloak.client-id", defaultValue = "crm-service")
    String clientId;

    @Inject
    @ConfigProperty(name = "crm.keycloak.client-secret")
    Optional<String> clientSecret;

    private Keycloak keycloak;

    public synchronized IdentityDirectory directory() {
        if (keycloak == null) {
            if (url.isEmpty() || clientSecret.isEmpty()) {
                throw new ServiceUnavailableException("crm.keycloak.url and crm.keycloak.client-secret are not"
                        + " configured: tenants cannot be provisioned");
            }
            keycloak = KeycloakBuilder.builder().serverUrl(url.get()).realm(realm).clientId(clientId)
                    .clientSecret(clientSecret.get()).grantType("client_credentials").build();
        }
        return new KeycloakIdentityDirectory(keycloak, new PlatformRealm(url.get(), realm, "crm-web", "crm-api"));
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
