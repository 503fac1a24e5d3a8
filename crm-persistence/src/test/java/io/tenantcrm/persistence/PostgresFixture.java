package io.tenantcrm.persistence;

import io.tenantcrm.persistence.schema.DatabaseProvisioning;
import io.tenantcrm.persistence.schema.DatabaseRoles;
import io.tenantcrm.persistence.schema.SchemaMigrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A real PostgreSQL for the integration tests of this module, set up the way production is: owner and
 * application roles, schema by migrations. One server per test JVM; stopped when the JVM ends.
 */
public final class PostgresFixture {

    public static final String DATABASE = "crm";
    public static final DatabaseRoles ROLES = new DatabaseRoles("crm_owner", "owner-secret", "crm_app", "app-secret");

    private static PostgresFixture shared;

    private final EmbeddedPostgres server;

    private PostgresFixture(EmbeddedPostgres server) {
        this.server = server;
    }

    public static synchronized PostgresFixture shared() {
        if (shared == null) {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
                try (Connection superuser = server.getPostgresDatabase().getConnection()) {
                    DatabaseProvisioning.ensureRolesAndDatabase(superuser, ROLES, DATABASE);
                }
                shared = new PostgresFixture(server);
                new SchemaMigrations(shared.ownerDataSource(), ROLES.app()).migrate();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            } catch (SQLException e) {
                throw new IllegalStateException("could not provision the test database", e);
            }
        }
        return shared;
    }

    private jakarta.persistence.EntityManagerFactory units;

    /** The crm unit as the application role, outside a container; shared by the tests of this JVM. */
    public synchronized jakarta.persistence.EntityManagerFactory units() {
        if (units == null) {
            units = CrmPersistenceUnit.outsideContainer(appDataSource());
        }
        return units;
    }

    /** A new tenant row (the registry has no row-level security), for a test's own data. */
    public io.tenantcrm.core.shared.TenantId newTenant(String name) {
        String id = java.util.UUID.randomUUID().toString();
        try (Connection app = appDataSource().getConnection();
             java.sql.PreparedStatement insert = app.prepareStatement(
                     "insert into tenant (id, slug, name, status, created_at) values (?, ?, ?, 'ACTIVE', now())")) {
            insert.setString(1, id);
            insert.setString(2, name + "-" + id.substring(0, 8));
            insert.setString(3, name);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return io.tenantcrm.core.shared.TenantId.of(id);
    }

    public DataSource ownerDataSource() {
        return dataSource(ROLES.owner(), ROLES.ownerPassword());
    }

    public DataSource appDataSource() {
        return dataSource(ROLES.app(), ROLES.appPassword());
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {server.getPort()});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setStringType("unspecified"); // as the service's datasource: lets PostgreSQL type null UUIDs
        return dataSource;
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is ending; nothing left to clean up but the data directory, which the library removes
        }
    }
}
