package io.tenantcrm.persistence.access;

import io.tenantcrm.core.access.RecordShare;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sales teams and record shares on real PostgreSQL as the application role, each tenant alone. */
class TeamsAndSharesIT {

    static final UserId MARA = UserId.of("mara-manager");
    static final UserId RITA = UserId.of("rita-rep");
    static final UserId RAJ = UserId.of("raj-rep");

    PostgresFixture postgres;
    ActingUser acting;
    LocalTransactions transactions;
    JpaSalesTeams teams;
    JpaRecordShares shares;
    TenantId a;
    TenantId b;

    @BeforeEach
    void twoTenants() {
        postgres = PostgresFixture.shared();
        a = postgres.newTenant("alpha");
        b = postgres.newTenant("beta");
        acting = new ActingUser();
        transactions = new LocalTransactions(postgres.units(), acting);
        teams = new JpaSalesTeams(transactions, Clock.systemUTC());
        shares = new JpaRecordShares(transactions);
    }

    @Test
    void a_team_is_saved_replaced_and_read_back_per_tenant() {
        in(a, () -> teams.save(a, new SalesTeam(MARA, Set.of(RITA, RAJ))));
        in(a, () -> teams.save(a, new SalesTeam(MARA, Set.of(RAJ))));

        assertThat(in(a, () -> teams.ledBy(a, MARA)).members()).containsExactly(RAJ);
        assertThat(in(a, () -> teams.managerOf(a, RAJ))).contains(MARA);
        assertThat(in(a, () -> teams.managerOf(a, RITA))).isEmpty();
        assertThat(in(a, () -> teams.all(a))).containsExactly(new SalesTeam(MARA, Set.of(RAJ)));
        assertThat(in(b, () -> teams.all(b))).isEmpty();
        assertThat(in(b, () -> teams.ledBy(b, MARA)).members()).isEmpty();
    }

    @Test
    void the_store_keeps_a_person_in_one_team_only() {
        in(a, () -> teams.save(a, new SalesTeam(MARA, Set.of(RITA))));

        assertThatThrownBy(() -> in(a, () -> teams.save(a, new SalesTeam(UserId.of("other-manager"),
                Set.of(RITA))))).isInstanceOf(RuntimeException.class);
        assertThat(in(a, () -> teams.managerOf(a, RITA))).contains(MARA);
    }

    @Test
    void forgetting_a_person_takes_them_out_as_member_and_as_manager() {
        in(a, () -> teams.save(a, new SalesTeam(MARA, Set.of(RITA, RAJ))));
        in(a, () -> teams.save(a, new SalesTeam(RAJ, Set.of(UserId.of("intern")))));

        in(a, () -> teams.forget(a, RAJ));

        assertThat(in(a, () -> teams.all(a))).containsExactly(new SalesTeam(MARA, Set.of(RITA)));
    }

    @Test
    void a_share_is_kept_once_listed_and_taken_away() {
        RecordRef deal = new RecordRef(RecordType.DEAL, "0b6c7d9e-0000-4000-8000-000000000001");
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RecordShare share = new RecordShare(deal, RAJ, RITA, at);

        in(a, () -> shares.add(a, share));
        in(a, () -> shares.add(a, new RecordShare(deal, RAJ, MARA, at.plusSeconds(5))));

        assertThat(in(a, () -> shares.of(a, deal))).containsExactly(share);
        assertThat(in(a, () -> shares.isSharedWith(a, deal, RAJ))).isTrue();
        assertThat(in(a, () -> shares.isSharedWith(a, deal, RITA))).isFalse();
        assertThat(in(b, () -> shares.isSharedWith(b, deal, RAJ))).isFalse();
        assertThat(in(a, () -> shares.remove(a, deal, RAJ))).isTrue();
        assertThat(in(a, () -> shares.remove(a, deal, RAJ))).isFalse();
        assertThat(in(a, () -> shares.of(a, deal))).isEmpty();
    }

    @Test
    void row_level_security_alone_hides_another_tenants_teams_and_shares() throws SQLException {
        in(a, () -> teams.save(a, new SalesTeam(MARA, Set.of(RITA))));
        in(a, () -> shares.add(a, new RecordShare(new RecordRef(RecordType.LEAD, "l-1"), RAJ, RITA, Instant.now())));

        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, b.value());
                set.execute();
            }
            for (String table : new String[] {"sales_team_member", "record_share"}) {
                try (var rows = app.createStatement().executeQuery("select count(*) from " + table
                        + " where tenant_id = '" + a.value() + "'")) {
                    rows.next();
                    assertThat(rows.getInt(1)).as(table).isZero();
                }
            }
            app.rollback();
        }
    }

    private void in(TenantId tenant, Runnable work) {
        in(tenant, () -> {
            work.run();
            return null;
        });
    }

    private <T> T in(TenantId tenant, Supplier<T> work) {
        acting.actAs(tenant, MARA);
        return transactions.inTransaction(work);
    }
}
