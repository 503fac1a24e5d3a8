package io.tenantcrm.persistence.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The two database roles of an installation. The owner role owns the schema and runs migrations; the application
 * role is what the service connects as: DML rights only, no BYPASSRLS, so row-level security always applies to it.
 */
public record DatabaseRoles(String owner, String ownerPassword, String app, String appPassword) {

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public DatabaseRoles {
        requireRoleName("owner", owner);
        requireRoleName("app", app);
        Objects.requireNonNull(ownerPassword, "ownerPassword must not be null");
        Objects.requireNonNull(appPassword, "appPassword must not be null");
        if (owner.equals(app)) {
            throw new IllegalArgumentException("the owner and app roles must differ, or RLS would not apply");
        }
    }

    private static void requireRoleName(String field, String value) {
        Objects.requireNonNull(value, field + " must not be null");
        if (!ROLE_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a lower-case SQL identifier, was '" + value + "'");
        }
    }
}
