package io.tenantcrm.persistence.schema;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.persistence.dedupe.MatchKeyRows;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Migration 11: the match keys of the records that existed before V10, computed by crm-core's normalizers (which
 * SQL cannot repeat: provider mailbox rules, legal forms in several scripts). Runs tenant by tenant with the
 * tenant set on the transaction, as row-level security is forced even for the owner.
 */
public final class MatchKeysOfExistingRecords implements JavaMigration {

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "match keys of existing records";
    }

    @Override
    public Integer getChecksum() {
        return 11;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<String> tenants = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM tenant ORDER BY id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tenants.add(rows.getString(1));
            }
        }
        for (String tenant : tenants) {
            try (PreparedStatement set = db.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO match_key (tenant_id, kind, value,"
                    + " record_type, record_id) VALUES (?, ?, ?, ?, CAST(? AS uuid)) ON CONFLICT DO NOTHING")) {
                Batch batch = new Batch(insert, tenant);
                index(db, "SELECT CAST(id AS varchar), person_name, email, phone, company_name FROM lead"
                        + " WHERE status <> 'CONVERTED'", RecordType.LEAD, batch);
                index(db, "SELECT CAST(id AS varchar), name, email, phone, NULL FROM contact", RecordType.CONTACT,
                        batch);
                index(db, "SELECT CAST(id AS varchar), name, website FROM account", RecordType.ACCOUNT, batch);
                batch.flush();
            }
        }
    }

    private static void index(Connection db, String sql, RecordType type, Batch batch) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setFetchSize(BATCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    MatchKeys keys = type == RecordType.ACCOUNT
                            ? MatchKeys.ofCompany(rows.getString(2), rows.getString(3))
                            : MatchKeys.of(rows.getString(2), email(rows.getString(3)), phone(rows.getString(4)),
                            rows.getString(5), null);
                    batch.add(new RecordRef(type, rows.getString(1)), keys);
                }
            }
        }
    }

    private static EmailAddress email(String stored) {
        return stored == null ? null : EmailAddress.of(stored);
    }

    private static PhoneNumber phone(String stored) {
        return stored == null ? null : PhoneNumber.parse(stored, null);
    }

    /** Inserts in batches of {@value #BATCH}. */
    private static final class Batch {
        private final PreparedStatement insert;
        private final String tenant;
        private int pending;

        Batch(PreparedStatement insert, String tenant) {
            this.insert = insert;
            this.tenant = tenant;
        }

        void add(RecordRef record, MatchKeys keys) throws SQLException {
            for (Map.Entry<String, String> kind : MatchKeyRows.byKind(keys).entrySet()) {
                insert.setString(1, tenant);
                insert.setString(2, kind.getKey());
                insert.setString(3, kind.getValue());
                insert.setString(4, record.type().name());
                insert.setString(5, record.id());
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }
    }
}
