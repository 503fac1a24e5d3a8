package io.tenantcrm.bench;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.imports.ColumnMapping;
import io.tenantcrm.core.imports.LeadImport;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.devstack.LocalPostgres;
import io.tenantcrm.imports.FileImport;
import io.tenantcrm.imports.SampleLeadsFile;
import io.tenantcrm.imports.SpreadsheetFile;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.audit.JpaAuditLog;
import io.tenantcrm.persistence.dedupe.JpaDuplicateIndex;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.schema.DatabaseProvisioning;
import io.tenantcrm.persistence.schema.DatabaseRoles;
import io.tenantcrm.persistence.schema.SchemaMigrations;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * A 100 000-row CSV of leads imported into a real PostgreSQL as the application role, the way the service does it
 * (crm-import's streaming reader, crm-core's LeadImport: each row read, checked for duplicates against the tenant
 * and the file, created with its match keys and audit entry, 500 rows a transaction), into an empty tenant each
 * time, in a 256 MB heap. Compare with {@link LeadBulkInsertBenchmark#baselineJdbcBatch}, the raw JDBC insert of
 * as many lead rows, run in the same JMH invocation. Score: milliseconds for the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:+UseParallelGC"})
public class LeadImportBenchmark {

    static final int ROWS = 100_000;
    static final DatabaseRoles ROLES = new DatabaseRoles("crm_owner", "owner", "crm_app", "app");

    LocalPostgres postgres;
    EntityManagerFactory units;
    Path file;
    int run;

    @Setup(Level.Trial)
    public void startDatabase() throws SQLException, IOException {
        postgres = LocalPostgres.startEphemeral();
        try (Connection superuser = postgres.superuser().getConnection()) {
            DatabaseProvisioning.ensureRolesAndDatabase(superuser, ROLES, "crm");
        }
        new SchemaMigrations(dataSource(ROLES.owner(), ROLES.ownerPassword()), ROLES.app()).migrate();
        units = CrmPersistenceUnit.outsideContainer(dataSource(ROLES.app(), ROLES.appPassword()));
        file = Files.createTempFile("leads-bench", ".csv");
        SampleLeadsFile.write(file, ROWS);
    }

    @TearDown(Level.Trial)
    public void stopDatabase() throws IOException {
        units.close();
        postgres.close();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public FileImport.Summary importCsv() throws SQLException, IOException {
        TenantId tenant = TenantId.of("import-" + (++run));
        try (Connection app = dataSource(ROLES.app(), ROLES.appPassword()).getConnection();
             Statement sql = app.createStatement()) {
            sql.execute("insert into tenant (id, slug, name, status, created_at) values ('" + tenant.value() + "', '"
                    + tenant.value() + "', 'Bench', 'ACTIVE', now())");
        }
        CurrentUser importer = new CurrentUser() {
            @Override
            public TenantId tenant() {
                return tenant;
            }

            @Override
            public UserId user() {
                return UserId.of("importer");
            }
        };
        LocalTransactions transactions = new LocalTransactions(units, importer);
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        LeadImport imports = new LeadImport(new JpaLeadRepository(transactions), TenantConfiguration.defaults(),
                new JpaDuplicateIndex(transactions), jaroWinkler::apply,
                new Recorder(transactions, new JpaAuditLog(transactions), events -> { }, importer,
                        Clock.systemUTC()));
        try (InputStream in = Files.newInputStream(file);
             SpreadsheetFile sheet = SpreadsheetFile.open(in, SpreadsheetFile.Format.CSV)) {
            return FileImport.run(sheet, imports.start(ColumnMapping.suggest(sheet.headers())), false, () -> false,
                    (row, outcome) -> { });
        }
    }

    private PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl("crm"));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setStringType("unspecified");
        return dataSource;
    }
}
