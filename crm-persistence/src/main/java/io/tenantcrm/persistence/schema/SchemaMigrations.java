package io.tenantcrm.persistence.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Objects;

/**
 * Brings the schema to the newest version with the Flyway migrations in {@code db/migration}. Runs as the owner
 * role; the migrations grant the application role exactly the rights it needs. The schema is never generated
 * from the JPA mappings.
 */
public final class SchemaMigrations {

    static final String LOCATION = "classpath:db/migration";

    private final DataSource ownerDataSource;
    private final String appRole;

    public SchemaMigrations(DataSource ownerDataSource, String appRole) {
        this.ownerDataSource = Objects.requireNonNull(ownerDataSource, "ownerDataSource");
        this.appRole = Objects.requireNonNull(appRole, "appRole");
    }

    /** Applies what is pending and answers the schema version reached. */
    public String migrate() {
        MigrateResult result = flyway().migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    private Flyway flyway() {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations(LOCATION)
                .placeholders(Map.of("appRole", appRole))
                .javaMigrations(MatchKeysOfExistingRecords.initial(), MatchKeysOfExistingRecords.withCountries())
                .failOnMissingLocations(true)
                .load();
    }
}
