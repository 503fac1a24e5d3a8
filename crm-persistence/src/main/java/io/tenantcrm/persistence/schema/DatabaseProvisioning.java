package io.tenantcrm.persistence.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * First-time set-up of a PostgreSQL server for the CRM, as a superuser (or a role with CREATEROLE and CREATEDB):
 * creates the owner and application roles and the database if they are missing. Idempotent. Production operators
 * may do the same by hand (see docs/operations.md); the local stack and the tests call this.
 */
public final class DatabaseProvisioning {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private DatabaseProvisioning() {
    }

    public static void ensureRolesAndDatabase(Connection superuser, DatabaseRoles roles, String database)
            throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database must be a lower-case SQL identifier, was '" + database + "'");
        }
        superuser.setAutoCommit(true); // CREATE DATABASE refuses to run inside a transaction
        try (Statement sql = superuser.createStatement()) {
            if (!exists(superuser, "select 1 from pg_roles where rolname = ?", roles.owner())) {
                sql.execute("CREATE ROLE " + roles.owner() + " LOGIN PASSWORD " + literal(roles.ownerPassword()));
            }
            if (!exists(superuser, "select 1 from pg_roles where rolname = ?", roles.app())) {
                sql.execute("CREATE ROLE " + roles.app() + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE"
                        + " PASSWORD " + literal(roles.appPassword()));
            }
            if (!exists(superuser, "select 1 from pg_database where datname = ?", database)) {
                sql.execute("CREATE DATABASE " + database + " OWNER " + roles.owner());
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Passwords cannot be bound as parameters in DDL; quote them as a standard SQL literal. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
