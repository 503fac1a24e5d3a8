package io.tenantcrm.service.health;

import io.tenantcrm.service.startup.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Ready only when PostgreSQL answers a query over the service's own pool, as the application role. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from tenant")) {
            rows.next();
            return HealthCheckResponse.named("database").up()
                    .withData("tenants", rows.getLong(1))
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", e.getSQLState() + " " + e.getMessage())
                    .build();
        }
    }
}
