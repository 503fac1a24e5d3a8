package io.tenantcrm.service.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A bearer token whose signature, issuer, audience and lifetime were checked ({@link TokenVerifier}): the caller
 * as the API knows them. {@code organizations} is Keycloak's {@code organization} claim, alias to organization id.
 */
public record VerifiedToken(String raw, String subject, String name, Set<String> groups,
                            Map<String, String> organizations, Instant expiresAt) implements Principal {

    public VerifiedToken {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(subject, "subject");
        groups = Set.copyOf(groups);
        organizations = Map.copyOf(organizations);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "VerifiedToken[" + subject + "]"; // never the token itself
    }
}
