package io.tenantcrm.persistence;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealEdit;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.StaleRecordException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import io.tenantcrm.persistence.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant isolation on real PostgreSQL as the application role, wall by wall: EclipseLink's discriminator in the
 * repositories, and row-level security on its own when the discriminator is bypassed.
 */
class TwoWallsIT {

    static final UserId RITA = UserId.of("rita");
    static final UserId MIKE = UserId.of("mike");

    PostgresFixture postgres;
    ActingUser acting;
    LocalTransactions transactions;
    CrmPorts ports;
    Crm crm;
    TenantId a;
    TenantId b;
    Deal dealOfA;

    @BeforeEach
    void twoTenantsWithData() {
        postgres = PostgresFixture.shared();
        a = postgres.newTenant("alpha");
        b = postgres.newTenant("beta");
        acting = new ActingUser();
        transactions = new LocalTransactions(postgres.units(), acting);
        ports = JpaCrm.ports(transactions, transactions, events -> { }, acting, TenantConfiguration.defaults(),
                Clock.systemUTC());
        crm = new Crm(ports);
        dealOfA = dealFor(a, RITA, "alpha@buyer.de");
        dealFor(b, MIKE, "beta@buyer.de");
    }

    private Deal dealFor(TenantId tenant, UserId user, String email) {
        acting.actAs(tenant, user);
        Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of("Buyer", "Buyer GmbH", EmailAddress.of(email), null), CountryCode.of("DE"),
                "valves"));
        return crm.leadConversion().convert(lead.id(), null, ConversionTerms.of("Valves",
                new NextStep("Call", Instant.now().plus(Duration.ofDays(1)))).withAmount(Money.of("1000", "EUR")))
                .deal().deal();
    }

    @Test
    void through_the_repositories_tenant_b_cannot_read_update_or_reach_tenant_a_rows() {
        acting.actAs(b, MIKE);

        assertThat(transactions.inTransaction(() -> ports.deals().find(b, dealOfA.id()))).isEmpty();
        assertThat(transactions.inTransaction(() -> new JpaDealRepository(transactions).openDeals(b)))
                .extracting(Deal::tenant).containsOnly(b);
        // a deal carrying B's tenant but A's id: the row is not found, nothing is written
        Deal forged = new Deal(b, dealOfA.id(), dealOfA.version(), "hijacked", dealOfA.account(), null,
                dealOfA.amount(), null, null, null, null, null, null, dealOfA.pipeline(), dealOfA.stage(),
                dealOfA.status(), dealOfA.stageEnteredAt(), MIKE, dealOfA.nextStep(), null, null,
                dealOfA.createdAt(), dealOfA.lastActivityAt());
        assertThatThrownBy(() -> transactions.inTransaction(() -> ports.deals().update(forged)))
                .isInstanceOf(StaleRecordException.class);
        // asking for A's rows through B's transaction is a programming error, refused before any SQL
        assertThatThrownBy(() -> transactions.inTransaction(() -> ports.deals().find(a, dealOfA.id())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("works for tenant " + b);

        acting.actAs(a, RITA);
        assertThat(transactions.inTransaction(() -> ports.deals().find(a, dealOfA.id())))
                .hasValueSatisfying(d -> assertThat(d.title()).isEqualTo("Valves"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_native_query_without_the_discriminator_still_sees_only_its_tenant() {
        acting.actAs(b, MIKE);

        List<Object> ids = transactions.inTransaction(() -> {
            EntityManager em = transactions.current();
            return (List<Object>) em.createNativeQuery("select id from deal")
                    .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                    .getResultList();
        });
        Number foreign = transactions.inTransaction(() -> (Number) transactions.current()
                .createNativeQuery("select count(*) from deal where id = ?1")
                .setHint("eclipselink.jdbc.allow-native-sql-query", "true")
                .setParameter(1, dealOfA.id().value())
                .getSingleResult());

        assertThat(ids).hasSize(1).doesNotContain(dealOfA.id().value());
        assertThat(foreign.longValue()).isZero();
    }

    @Test
    void row_level_security_alone_hides_foreign_rows_and_refuses_foreign_writes() throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, b);
            assertThat(count(app, "select count(*) from deal")).isEqualTo(1);
            assertThat(count(app, "select count(*) from deal where id = '" + dealOfA.id() + "'")).isZero();
            assertThat(count(app, "select count(*) from audit_entry where tenant_id = '" + a + "'")).isZero();
            try (Statement sql = app.createStatement()) {
                assertThat(sql.executeUpdate("update deal set title = 'x' where id = '" + dealOfA.id() + "'"))
                        .isZero();
                assertThat(sql.executeUpdate("delete from task where tenant_id = '" + a + "'")).isZero();
            }
            assertThatThrownBy(() -> insertAccount(app, a))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            app.rollback();
        }
    }

    @Test
    void without_a_tenant_setting_nothing_is_visible_and_nothing_can_be_written() throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            assertThat(count(app, "select count(*) from deal")).isZero();
            assertThat(count(app, "select count(*) from lead")).isZero();
            assertThatThrownBy(() -> insertAccount(app, a))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            app.rollback();
        }
    }

    @Test
    void the_tenant_setting_ends_with_its_transaction() throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, a);
            assertThat(count(app, "select count(*) from deal")).isEqualTo(1);
            app.commit();
            assertThat(count(app, "select count(*) from deal")).isZero();
            app.rollback();
        }
    }

    @Test
    void ownership_transfers_are_listed_per_tenant_only() throws SQLException {
        acting.actAs(a, RITA);
        crm.deals().reassign(dealOfA.id(), UserId.of("olga"), "Rita moves to key accounts");
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, a);
            try (Statement sql = app.createStatement(); ResultSet rows = sql.executeQuery(
                    "select previous_owner, new_owner, reason from ownership_transfer where record_id = '"
                            + dealOfA.id() + "'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("previous_owner")).isEqualTo("rita");
                assertThat(rows.getString("new_owner")).isEqualTo("olga");
                assertThat(rows.getString("reason")).isEqualTo("Rita moves to key accounts");
            }
            app.rollback();
            setTenant(app, b);
            assertThat(count(app, "select count(*) from ownership_transfer")).isZero();
            app.rollback();
        }
    }

    @Test
    void history_and_audit_are_append_only_for_the_application_role() throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            setTenant(app, a);
            for (String change : List.of("update stage_transition set to_stage = 'won'", "delete from stage_transition",
                    "update audit_entry set reason = 'x'", "delete from audit_entry")) {
                try (Statement sql = app.createStatement()) {
                    assertThatThrownBy(() -> sql.executeUpdate(change)).as(change)
                            .isInstanceOfSatisfying(SQLException.class,
                                    e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
                app.rollback();
                setTenant(app, a);
            }
        }
    }

    @Test
    void two_concurrent_updates_of_one_deal_keep_the_first_and_refuse_the_second() {
        EntityManager first = postgres.units().createEntityManager();
        EntityManager second = postgres.units().createEntityManager();
        try {
            for (EntityManager em : List.of(first, second)) {
                TenantContext.enter(em, a);
                em.getTransaction().begin();
            }
            JpaDealRepository viaFirst = new JpaDealRepository(() -> first);
            JpaDealRepository viaSecond = new JpaDealRepository(() -> second);
            Deal readByFirst = viaFirst.find(a, dealOfA.id()).orElseThrow();
            Deal readBySecond = viaSecond.find(a, dealOfA.id()).orElseThrow();
            io.tenantcrm.core.shared.Acting rita = new io.tenantcrm.core.shared.Acting(a, RITA, Instant.now());

            viaFirst.update(readByFirst.edit(DealEdit.none().amount(Money.of("2000", "EUR")), rita).deal());
            first.getTransaction().commit();

            assertThatThrownBy(() -> viaSecond.update(readBySecond.edit(DealEdit.none()
                    .amount(Money.of("3000", "EUR")), rita).deal())).isInstanceOf(StaleRecordException.class);
            second.getTransaction().rollback();
        } finally {
            first.close();
            second.close();
        }
        acting.actAs(a, RITA);
        assertThat(transactions.inTransaction(() -> ports.deals().find(a, dealOfA.id()))).hasValueSatisfying(d -> {
            assertThat(d.amount()).isEqualTo(Money.of("2000", "EUR"));
            assertThat(d.version()).isEqualTo(dealOfA.version() + 1);
        });
    }

    private static void setTenant(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant.value());
            set.execute();
        }
    }

    private static long count(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void insertAccount(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into account (tenant_id, id, version,"
                + " customer_id, name, tier, lifecycle, owner_id, created_at) values (?, ?, 1, ?, 'Intruder', 'C',"
                + " 'PROSPECT', 'x', now())")) {
            insert.setString(1, tenant.value());
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, UUID.randomUUID());
            insert.executeUpdate();
        }
    }
}
