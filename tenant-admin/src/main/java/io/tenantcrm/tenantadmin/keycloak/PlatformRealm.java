package io.tenantcrm.tenantadmin.keycloak;

import java.util.Objects;

/**
 * The one Keycloak realm of the platform: every tenant is an Organization in it. {@code webClientId} is the public
 * client people sign in with; {@code apiAudience} is the audience the service demands in access tokens.
 */
public record PlatformRealm(String serverUrl, String realm, String webClientId, String apiAudience) {

    public static final String DEFAULT_REALM = "crm";
    public static final String DEFAULT_WEB_CLIENT = "crm-web";
    public static final String DEFAULT_AUDIENCE = "crm-api";
    /** The web console's public client (standard flow with PKCE, served by the service at /app/). */
    public static final String CONSOLE_CLIENT = "crm-console";

    public PlatformRealm {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(webClientId, "webClientId");
        Objects.requireNonNull(apiAudience, "apiAudience");
    }

    public static PlatformRealm withDefaults(String serverUrl) {
        return new PlatformRealm(serverUrl, DEFAULT_REALM, DEFAULT_WEB_CLIENT, DEFAULT_AUDIENCE);
    }

    /** The token issuer, as the service must be configured to expect it ({@code mp.jwt.verify.issuer}). */
    public String issuer() {
        return serverUrl + "/realms/" + realm;
    }

    /** The realm's signing keys ({@code mp.jwt.verify.publickey.location}). */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }
}
