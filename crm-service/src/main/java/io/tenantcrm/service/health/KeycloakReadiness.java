package io.tenantcrm.service.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Ready only when the identity provider's signing keys can be fetched: without them no token can be checked. */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String jwks;

    @Override
    public HealthCheckResponse call() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(jwks))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean keys = response.statusCode() == 200 && response.body().contains("\"keys\"");
            return HealthCheckResponse.named("keycloak-jwks").status(keys)
                    .withData("status", response.statusCode()).build();
        } catch (IOException | IllegalArgumentException e) {
            return HealthCheckResponse.named("keycloak-jwks").down().withData("error", e.toString()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("keycloak-jwks").down().build();
        }
    }
}
