package io.tenantcrm.persistence.dedupe;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.PostgresFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A duplicate check looks its candidates up by index, never by reading the tenant's keys: PostgreSQL's own plan for
 * the look-up, over 150 000 keys of one tenant, as the application role.
 */
class DuplicateIndexPlanIT {

    @Test
    void the_candidate_look_up_uses_the_key_and_trigram_indexes_not_a_scan_of_the_tenant() throws Exception {
        PostgresFixture postgres = PostgresFixture.shared();
        TenantId tenant = postgres.newTenant("many-keys");
        try (Connection owner = postgres.ownerDataSource().getConnection()) {
            owner.setAutoCommit(false);
            inTenant(owner, tenant);
            try (PreparedStatement keys = owner.prepareStatement("INSERT INTO match_key (tenant_id, kind, value,"
                    + " record_type, record_id) SELECT ?, k.kind, k.value, 'CONTACT', g.id"
                    + " FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 30000) n) g"
                    + " CROSS JOIN LATERAL (VALUES ('mailbox', 'p' || n || '@corp' || (n % 3000) || '.example'),"
                    + " ('email_domain', 'corp' || (n % 3000) || '.example'), ('phone', '+4930' || (1000000 + n)),"
                    + " ('person', 'ana ' || md5(n::text)), ('company', md5(n::text))) k(kind, value)")) {
                keys.setString(1, tenant.value());
                keys.executeUpdate();
            }
            owner.commit();
            owner.setAutoCommit(true);
            owner.createStatement().execute("ANALYZE match_key");
        }
        List<String> kinds = List.of("mailbox", "email_domain", "phone", "person", "company");
        String lookUp = JpaDuplicateIndex.lookUp(kinds, Set.of(RecordType.LEAD, RecordType.CONTACT))
                .replaceAll("\\?(\\d+)", "\\$$1");

        StringBuilder plan = new StringBuilder();
        try (Connection app = postgres.appDataSource().getConnection()) {
            app.setAutoCommit(false);
            inTenant(app, tenant);
            app.createStatement().execute("PREPARE look_up(text, text, text, text, text, text) AS " + lookUp);
            try (ResultSet rows = app.createStatement().executeQuery("EXPLAIN EXECUTE look_up('" + tenant.value()
                    + "', 'p77@corp77.example', 'corp77.example', '+49301000077', 'ana x', 'acme trading')")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            app.rollback();
        }

        assertThat(plan.toString()).as(plan.toString())
                .doesNotContain("Seq Scan on match_key")
                .contains("match_key_pk")
                .contains("match_key_record_idx")
                .contains("similar_company_keys");

        // inside similar_company_keys, as the owner it runs as: the trigram index
        StringBuilder similar = new StringBuilder();
        try (Connection owner = postgres.ownerDataSource().getConnection()) {
            owner.setAutoCommit(false);
            inTenant(owner, tenant);
            try (ResultSet rows = owner.createStatement().executeQuery("EXPLAIN SELECT k.record_type, k.record_id"
                    + " FROM match_key k WHERE k.tenant_id = current_setting('app.tenant_id', true)"
                    + " AND k.kind = 'company' AND k.record_type = ANY (ARRAY['LEAD', 'CONTACT'])"
                    + " AND k.value % 'acme trading' ORDER BY similarity(k.value, 'acme trading') DESC LIMIT 20")) {
                while (rows.next()) {
                    similar.append(rows.getString(1)).append('\n');
                }
            }
            owner.rollback();
        }
        assertThat(similar.toString()).as(similar.toString()).contains("match_key_company_trgm_idx")
                .doesNotContain("Seq Scan");
    }

    private static void inTenant(Connection db, TenantId tenant) throws Exception {
        try (PreparedStatement set = db.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
            set.setString(1, tenant.value());
            set.execute();
        }
    }
}
