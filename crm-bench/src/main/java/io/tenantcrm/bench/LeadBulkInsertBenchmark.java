package io.tenantcrm.bench;

import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadIntakePolicy;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.lead.Qualification;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.devstack.LocalPostgres;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.dedupe.MatchKeyRows;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.schema.DatabaseProvisioning;
import io.tenantcrm.persistence.schema.DatabaseRoles;
import io.tenantcrm.persistence.schema.SchemaMigrations;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import jakarta.persistence.EntityManagerFactory;
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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * 100 000 leads into a real PostgreSQL as the application role, in transactions of 1 000, under row-level
 * security: through the JPA adapter (EclipseLink with JDBC batch writing) against a hand-written JDBC batch
 * insert of the same rows and columns, the baseline. Score: milliseconds for all 100 000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
public class LeadBulkInsertBenchmark {

    static final int LEADS = 100_000;
    static final int PER_TRANSACTION = 1_000;
    static final DatabaseRoles ROLES = new DatabaseRoles("crm_owner", "owner", "crm_app", "app");

    LocalPostgres postgres;
    EntityManagerFactory units;
    TenantId tenant;
    List<Lead> leads;

    @Setup(Level.Trial)
    public void startDatabase() throws SQLException {
        postgres = LocalPostgres.startEphemeral();
        try (Connection superuser = postgres.superuser().getConnection()) {
            DatabaseProvisioning.ensureRolesAndDatabase(superuser, ROLES, "crm");
        }
        new SchemaMigrations(dataSource(ROLES.owner(), ROLES.ownerPassword()), ROLES.app()).migrate();
        tenant = TenantId.of("bench-tenant");
        try (Connection app = dataSource(ROLES.app(), ROLES.appPassword()).getConnection();
             Statement sql = app.createStatement()) {
            sql.execute("insert into tenant (id, slug, name, status, created_at)"
                    + " values ('bench-tenant', 'bench', 'Bench', 'ACTIVE', now())");
        }
        units = CrmPersistenceUnit.outsideContainer(dataSource(ROLES.app(), ROLES.appPassword()));
        Acting acting = new Acting(tenant, UserId.of("importer"), Instant.parse("2026-06-01T00:00:00Z"));
        leads = new ArrayList<>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            leads.add(Lead.receive(NewLead.of(SourceChannel.IMPORT,
                    ContactDetails.of("Buyer " + i, "Company " + i, EmailAddress.of("buyer" + i + "@company" + i
                            + ".com"), PhoneNumber.parse("+49 30 " + (1_000_000 + i), null)),
                    CountryCode.of("DE"), "valves"), LeadIntakePolicy.defaults(), acting).record());
        }
    }

    @Setup(Level.Iteration)
    public void emptyTheTable() throws SQLException {
        try (Connection owner = dataSource(ROLES.owner(), ROLES.ownerPassword()).getConnection();
             Statement sql = owner.createStatement()) {
            sql.execute("truncate lead, match_key"); // the adapter writes each lead's match keys too
        }
    }

    @TearDown(Level.Trial)
    public void stopDatabase() {
        units.close();
        postgres.close();
    }

    @Benchmark
    public int jpaAdapter() {
        CurrentUser importer = new CurrentUser() {
            public TenantId tenant() {
                return tenant;
            }

            public UserId user() {
                return UserId.of("importer");
            }
        };
        LocalTransactions transactions = new LocalTransactions(units, importer);
        JpaLeadRepository repository = new JpaLeadRepository(transactions);
        for (int from = 0; from < LEADS; from += PER_TRANSACTION) {
            List<Lead> chunk = leads.subList(from, from + PER_TRANSACTION);
            transactions.inTransaction(() -> {
                chunk.forEach(repository::add);
                return null;
            });
        }
        return LEADS;
    }

    @Benchmark
    public int baselineJdbcBatch() throws SQLException {
        try (Connection app = dataSource(ROLES.app(), ROLES.appPassword()).getConnection()) {
            app.setAutoCommit(false);
            for (int from = 0; from < LEADS; from += PER_TRANSACTION) {
                try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    set.setString(1, tenant.value());
                    set.execute();
                }
                try (PreparedStatement insert = app.prepareStatement(INSERT)) {
                    for (Lead lead : leads.subList(from, from + PER_TRANSACTION)) {
                        bind(insert, lead);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                app.commit();
            }
        }
        return LEADS;
    }

    /**
     * The same rows as the adapter writes them since duplicate detection: each lead and its match keys (issue 9),
     * by hand-written JDBC batches. The fair baseline for {@link #jpaAdapter}.
     */
    @Benchmark
    public int baselineJdbcBatchWithMatchKeys() throws SQLException {
        try (Connection app = dataSource(ROLES.app(), ROLES.appPassword()).getConnection()) {
            app.setAutoCommit(false);
            for (int from = 0; from < LEADS; from += PER_TRANSACTION) {
                try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                    set.setString(1, tenant.value());
                    set.execute();
                }
                try (PreparedStatement insert = app.prepareStatement(INSERT);
                     PreparedStatement keys = app.prepareStatement("insert into match_key (tenant_id, kind, value,"
                             + " record_type, record_id) values (?, ?, ?, 'LEAD', ?)")) {
                    for (Lead lead : leads.subList(from, from + PER_TRANSACTION)) {
                        bind(insert, lead);
                        insert.addBatch();
                        for (Map.Entry<String, String> key : MatchKeyRows.byKind(lead.matchKeys()).entrySet()) {
                            keys.setString(1, tenant.value());
                            keys.setString(2, key.getKey());
                            keys.setString(3, key.getValue());
                            keys.setObject(4, lead.id().value());
                            keys.addBatch();
                        }
                    }
                    insert.executeBatch();
                    keys.executeBatch();
                }
                app.commit();
            }
        }
        return LEADS;
    }

    static final String INSERT = "insert into lead (tenant_id, id, version, source, source_detail, received_at,"
            + " person_name, company_name, email, phone, job_title, country, product_interest, message, attachments,"
            + " status, status_reason, owner_id, converted_account_id, converted_contact_id, converted_deal_id,"
            + " q_need_clarity, q_buying_stage, q_volume, q_frequency, q_payment_terms, q_trade_terms,"
            + " q_company_type, q_product_line, created_at)"
            + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void bind(PreparedStatement insert, Lead lead) throws SQLException {
        Qualification q = lead.qualification();
        int i = 1;
        insert.setString(i++, tenant.value());
        insert.setObject(i++, lead.id().value());
        insert.setString(i++, lead.source().name());
        insert.setString(i++, lead.sourceDetail());
        insert.setTimestamp(i++, Timestamp.from(lead.receivedAt()));
        insert.setString(i++, lead.contact().personName());
        insert.setString(i++, lead.contact().companyName());
        insert.setString(i++, lead.contact().email() == null ? null : lead.contact().email().value());
        insert.setString(i++, lead.contact().phone() == null ? null : lead.contact().phone().value());
        insert.setString(i++, lead.contact().jobTitle());
        insert.setString(i++, lead.country() == null ? null : lead.country().value());
        insert.setString(i++, lead.productInterest());
        insert.setString(i++, lead.message());
        insert.setString(i++, null);
        insert.setString(i++, lead.status().name());
        insert.setString(i++, lead.statusReason());
        insert.setString(i++, lead.owner() == null ? null : lead.owner().value());
        insert.setString(i++, null);
        insert.setString(i++, null);
        insert.setString(i++, null);
        insert.setString(i++, q.needClarity().name());
        insert.setString(i++, q.buyingStage().name());
        insert.setString(i++, q.volume().name());
        insert.setString(i++, q.frequency().name());
        insert.setString(i++, q.requestedPaymentTerms() == null ? null : q.requestedPaymentTerms().name());
        insert.setString(i++, q.requestedTradeTerms() == null ? null : q.requestedTradeTerms().name());
        insert.setString(i++, q.companyType().name());
        insert.setString(i++, q.productLine());
        insert.setTimestamp(i, Timestamp.from(lead.createdAt()));
    }

    private PGSimpleDataSource dataSource(String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl("crm"));
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setStringType("unspecified");
        dataSource.setReWriteBatchedInserts(false);
        return dataSource;
    }
}
