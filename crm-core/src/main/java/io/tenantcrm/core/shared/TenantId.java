package io.tenantcrm.core.shared;

import java.util.Objects;

/**
 * Identity of a tenant (a company using the CRM). Opaque to the domain: the reference service uses the id of the
 * tenant's Keycloak organization, an embedder may use anything stable.
 */
public record TenantId(String value) {

    private static final int MAX_LENGTH = 64;

    public TenantId {
        Objects.requireNonNull(value, "tenantId must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("tenantId must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
