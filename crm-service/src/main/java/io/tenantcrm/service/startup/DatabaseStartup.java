package io.tenantcrm.service.startup;

import io.tenantcrm.persistence.schema.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Declares the service's JTA datasource (connecting as the application role) and, when enabled, brings the schema
 * up to date at start-up, connecting as the owner role for that one job. With several instances Flyway's lock
 * makes the concurrent starts safe; operators who migrate out of band set {@code crm.db.migrate=false}.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=crm.db.url}",
        user = "${MPCONFIG=crm.db.user}",
        password = "${MPCONFIG=crm.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {"stringType=unspecified", // lets PostgreSQL type NULL uuids (see NullableUuidConverter)
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                "fish.payara.is-connection-validation-required=true"})
@Singleton
@Startup
public class DatabaseStartup {

    public static final String DATASOURCE = "java:app/jdbc/crm";
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Inject
    @ConfigProperty(name = "crm.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "crm.db.user")
    String appRole;

    @Inject
    @ConfigProperty(name = "crm.db.migrate", defaultValue = "true")
    boolean migrate;

    @Inject
    @ConfigProperty(name = "crm.db.owner.user")
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = "crm.db.owner.password")
    Optional<String> ownerPassword;

    @PostConstruct
    void migrateSchema() {
        if (!migrate) {
            LOG.info("crm.db.migrate=false: the schema is expected to be migrated already");
            return;
        }
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url);
        owner.setUser(ownerUser.orElseThrow(() -> new IllegalStateException(
                "crm.db.migrate=true needs crm.db.owner.user (the role that owns the schema)")));
        owner.setPassword(ownerPassword.orElse(""));
        owner.setStringType("unspecified");
        String version = new SchemaMigrations(owner, appRole).migrate();
        LOG.info(() -> "database schema at version " + version);
    }
}
