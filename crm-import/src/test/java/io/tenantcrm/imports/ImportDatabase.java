package io.tenantcrm.imports;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.dedupe.NameSimilarity;
import io.tenantcrm.core.imports.LeadImport;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.devstack.LocalPostgres;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.dedupe.JpaDuplicateIndex;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.schema.DatabaseProvisioning;
import io.tenantcrm.persistence.schema.DatabaseRoles;
import io.tenantcrm.persistence.schema.SchemaMigrations;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import jakarta.persistence.EntityManagerFactory;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * A real PostgreSQL set up as in production (owner and application roles, schema by migrations) with crm-core's
 * LeadImport on the JPA adapters, as the application role: what the import tests and the import benchmark run on.
 */
public final class ImportDatabase implements AutoCloseable {

    static final DatabaseRoles ROLES = new DatabaseRoles("crm_owner", "owner", "crm_app", "app");

    private final LocalPostgres postgres;
    private final EntityManagerFactory units;

    private ImportDatabase(LocalPostgres postgres) throws SQLException {
        this.postgres = postgres;
        try (Connection superuser = postgres.superuser().getConnection()) {
            DatabaseProvisioning.ensureRolesAndDatabase(superuser, ROLES, "crm");
        }
        new SchemaMigrations(dataSource(ROLES.owner(), ROLES.ownerPassword()), ROLES.app()).migrate();
        units = CrmPersistenceUnit.outsideContainer(dataSource(ROLES.app(), ROLES.appPassword()));
    }

    public static ImportDatabase start() throws SQLException {
        return new ImportDatabase(LocalPostgres.startEphemeral());
    }

    /** A new, active, empty tenant. */
    public TenantId tenant(String id) throws SQLException {
        try (Connection app = app();
             PreparedStatement insert = app.prepareStatement("insert into tenant (id, slug, name, status,"
                     + " created_at) values (?, ?, ?, 'ACTIVE', now())")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, id);
            insert.execute();
        }
        return TenantId.of(id);
    }

    /** Leads imported by "importer" into the tenant, on the JPA adapters. */
    public LeadImport leadImport(TenantId tenant, NameSimilarity similarity) {
        CurrentUser importer = importer(tenant);
        LocalTransactions transactions = new LocalTransactions(units, importer);
        return new LeadImport(new JpaLeadRepository(transactions), TenantConfiguration.defaults(),
                new JpaDuplicateIndex(transactions), similarity,
                new Recorder(transactions, new JpaAuditLog(transactions), events -> { }, importer, Clock.systemUTC()));
    }

    /** The tenant's CRM as "importer" works it, to put records there before an import. */
    public Crm crm(TenantId tenant) {
        CurrentUser importer = importer(tenant);
        LocalTransactions transactions = new LocalTransactions(units, importer);
        return new Crm(JpaCrm.ports(transactions, transactions, events -> { }, importer,
                TenantConfiguration.defaults(), Clock.systemUTC()));
    }

    private static CurrentUser importer(TenantId tenant) {
        return new CurrentUser() {
            @Override
            public TenantId tenant() {
                return tenant;
            }

            @Override
            public UserId user() {
                return UserId.of("importer");
            }
        };
    }

    /** How many leads the tenant has, read inside its walls. */
    public long leads(TenantId tenant) throws SQLException {
        try (Connection app = app()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.value());
                set.execute();
            }
            try (ResultSet count = app.createStatement().executeQuery("select count(*) from lead")) {
                count.next();
                return count.getLong(1);
            } finally {
                app.rollback();
            }
        }
    }

    private Connection app() throws SQLException {
        return dataSource(ROLES.app(), ROLES.appPassword()).getConnection();
    }

    private PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(postgres.jdbcUrl("crm"));
        source.setUser(user);
        source.setPassword(password);
        source.setStringType("unspecified");
        return source;
    }

    @Override
    public void close() {
        units.close();
        postgres.close();
    }
}
