package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A company that signed up. Invariants: the slug is a lower-case URL-safe name, unique across the platform and
 * never changed (it is the company's name in the identity provider too); the display name is not blank.
 */
public record Tenant(TenantId id, String slug, String name, TenantStatus status, Instant createdAt) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public Tenant {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(slug, "slug must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "slug must be 1-40 lower-case letters, digits or inner hyphens, was '" + slug + "'");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
