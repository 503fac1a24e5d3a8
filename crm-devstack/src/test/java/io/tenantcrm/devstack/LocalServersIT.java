package io.tenantcrm.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class LocalServersIT {

    @Test
    void postgres_runs_and_answers_sql() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startEphemeral();
             Connection connection = postgres.superuser().getConnection();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("show server_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).startsWith("17.");
        }
    }

    @Test
    void postgres_keeps_its_data_across_a_restart(@TempDir Path data) throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startKeeping(data, 0);
             Connection connection = postgres.superuser().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create table kept (v text); insert into kept values ('still here')");
        }
        try (LocalPostgres postgres = LocalPostgres.startKeeping(data, 0);
             Connection connection = postgres.superuser().getConnection();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select v from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void keycloak_starts_on_loopback_and_stops(@TempDir Path data) {
        URI discovery;
        try (LocalKeycloak keycloak = LocalKeycloak.start(WorkFolder.resolve(), data, 0, "admin", "admin-secret")) {
            discovery = URI.create(keycloak.baseUrl() + "/realms/master/.well-known/openid-configuration");
            assertThat(ServerProcess.answers200(discovery)).isTrue();
        }
        assertThat(ServerProcess.answers200(discovery)).as("stopped").isFalse();
    }
}
