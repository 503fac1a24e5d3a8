package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.PostgresFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triggers of migration V21 and the listener together, on a real PostgreSQL: every committed change to a
 * tenant's row or settings arrives as a notice naming the tenant, a rolled-back one does not, and a listening
 * connection that is killed says so and listens again.
 */
class TenantChangeNoticesIT {

    private static final String MISSED = "missed";

    private final PostgresFixture postgres = PostgresFixture.shared();
    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();
    private TenantChangeNotices notices;
    private Thread thread;

    @BeforeEach
    void listen() throws InterruptedException {
        notices = new TenantChangeNotices(postgres.appDataSource(), new TenantChangeNotices.Listener() {
            @Override
            public void changed(TenantId tenant) {
                heard.add(tenant.value());
            }

            @Override
            public void missed() {
                heard.add(MISSED);
            }
        }, Duration.ofMillis(100));
        thread = new Thread(notices, "tenant-change-notices-test");
        thread.start();
        assertThat(heard.poll(10, TimeUnit.SECONDS)).as("told that it starts from nothing").isEqualTo(MISSED);
        assertThat(notices.listening()).isTrue();
    }

    @AfterEach
    void stop() throws InterruptedException {
        notices.close();
        thread.join(5_000);
        assertThat(thread.isAlive()).as("the listening thread ends").isFalse();
    }

    @Test
    void each_committed_change_to_a_tenant_or_its_settings_is_heard_and_a_rolled_back_one_is_not()
            throws Exception {
        TenantId tenant = postgres.newTenant("notices");
        assertThat(heard.poll(5, TimeUnit.SECONDS)).as("a new tenant").isEqualTo(tenant.value());

        execute(tenant, "update tenant set status = 'SUSPENDED' where id = ?", true);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).as("a suspension").isEqualTo(tenant.value());

        execute(tenant, "insert into tenant_setting (tenant_id, key, value, updated_at)"
                + " values (?, 'crm.health.red-after', 'P21D', now())", true);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).as("a new setting").isEqualTo(tenant.value());

        execute(tenant, "update tenant set name = 'never' where id = ?", false);
        assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("a rolled-back change").isNull();

        execute(tenant, "delete from tenant_setting where tenant_id = ?", true);
        assertThat(heard.poll(5, TimeUnit.SECONDS)).as("a removed setting").isEqualTo(tenant.value());
    }

    @Test
    void a_lost_connection_is_told_as_missed_notices_and_listening_starts_again() throws Exception {
        try (Connection app = postgres.appDataSource().getConnection();
             PreparedStatement kill = app.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity"
                     + " where query like 'LISTEN%' and pid <> pg_backend_pid()")) {
            kill.execute();
        }
        assertThat(heard.poll(10, TimeUnit.SECONDS)).as("the lost connection").isEqualTo(MISSED);
        assertThat(heard.poll(10, TimeUnit.SECONDS)).as("listening again, from nothing").isEqualTo(MISSED);
        assertThat(notices.listening()).isTrue();

        TenantId tenant = postgres.newTenant("after-loss");
        assertThat(heard.poll(5, TimeUnit.SECONDS)).as("heard again").isEqualTo(tenant.value());
    }

    private void execute(TenantId tenant, String sql, boolean commit) throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            // tenant_setting has row-level security: the session's tenant must be the row's
            try (PreparedStatement scope = app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                scope.setString(1, tenant.value());
                scope.execute();
            }
            try (PreparedStatement statement = app.prepareStatement(sql)) {
                statement.setString(1, tenant.value());
                statement.executeUpdate();
            }
            if (commit) {
                app.commit();
            } else {
                app.rollback();
            }
        }
    }
}
