package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantStatus;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.PostgresFixture;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantRepositoryIT {


    private static PostgresFixture postgres;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void openUnit() {
        postgres = PostgresFixture.shared();
        emf = CrmPersistenceUnit.outsideContainer(postgres.appDataSource());
    }

    @AfterAll
    static void closeUnit() {
        emf.close();
    }

    @Test
    void a_tenant_written_by_the_app_role_is_read_back_whole() {
        Tenant acme = new Tenant(TenantId.of(UUID.randomUUID().toString()), "acme-" + System.nanoTime() % 100000,
                "Acme Export Ltd", TenantStatus.ACTIVE, Instant.now().truncatedTo(ChronoUnit.MICROS));

        inTransaction(em -> new JpaTenantRepository(() -> em).add(acme));

        EntityManager reader = emf.createEntityManager();
        try {
            assertThat(new JpaTenantRepository(() -> reader).find(acme.id())).contains(acme);
            assertThat(new JpaTenantRepository(() -> reader).findBySlug(acme.slug())).contains(acme);
        } finally {
            reader.close();
        }
    }

    @Test
    void an_unknown_tenant_is_absent() {
        EntityManager reader = emf.createEntityManager();
        try {
            assertThat(new JpaTenantRepository(() -> reader).find(TenantId.of("no-such-tenant"))).isEmpty();
        } finally {
            reader.close();
        }
    }

    @Test
    void the_schema_comes_from_the_migrations() throws SQLException {
        try (Connection owner = postgres.ownerDataSource().getConnection();
             Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery(
                     "select version, success from flyway_schema_history where version = '1'")) {
            assertThat(rows.next()).as("migration V1 recorded").isTrue();
            assertThat(rows.getBoolean("success")).isTrue();
        }
    }

    @Test
    void the_app_role_cannot_change_the_schema() throws SQLException {
        try (Connection app = postgres.appDataSource().getConnection(); Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.execute("DROP TABLE tenant"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
