package io.tenantcrm.persistence.schema;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.CountryCode;
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
 * The match keys of every record, computed by crm-core's normalizers (which SQL cannot repeat: provider mailbox
 * rules, legal forms in several scripts). Migration 11 wrote those of the records that existed before V10;
 * migration 17 writes them all again, as the keys changed (digits kept in a person's name, the country added).
 * Runs tenant by tenant with the tenant set on the transaction, as row-level security is forced even for the owner.
 */
public final class MatchKeysOfExistingRecords implements JavaMigration {

    private static final int BATCH = 500;

    private final int version;
    private final String description;

    private MatchKeysOfExistingRecords(int version, String description) {
        this.version = version;
        this.description = description;
    }

    /** V11: the keys of the records from before the index existed. */
    public static MatchKeysOfExistingRecords initial() {
        return new MatchKeysOfExistingRecords(11, "match keys of existing records");
    }

    /** V17: every record's keys again, with digits in names and the country. */
    public static MatchKeysOfExistingRecords withCountries() {
        return new MatchKeysOfExistingRecords(17, "match keys with digits in names and the country");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
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
            try (PreparedStatement clear = db.prepareStatement("DELETE FROM match_key WHERE tenant_id = ?")) {
                clear.setString(1, tenant);
                clear.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO match_key (tenant_id, kind, value,"
                    + " record_type, record_id) VALUES (?, ?, ?, ?, CAST(? AS uuid)) ON CONFLICT DO NOTHING")) {
                Batch batch = new Batch(insert, tenant);
                index(db, "SELECT CAST(id AS varchar), person_name, email, phone, company_name, country FROM lead"
                        + " WHERE status <> 'CONVERTED'", RecordType.LEAD, batch);
                index(db, "SELECT CAST(id AS varchar), name, email, phone, NULL, NULL FROM contact",
                        RecordType.CONTACT, batch);
                index(db, "SELECT CAST(id AS varchar), name, website, country FROM account", RecordType.ACCOUNT,
                        batch);
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
                            ? MatchKeys.ofCompany(rows.getString(2), rows.getString(3), country(rows.getString(4)))
                            : MatchKeys.of(rows.getString(2), email(rows.getString(3)), phone(rows.getString(4)),
                            rows.getString(5), null, country(rows.getString(6)));
                    batch.add(new RecordRef(type, rows.getString(1)), keys);
                }
            }
        }
    }

    private static CountryCode country(String stored) {
        return stored == null ? null : CountryCode.of(stored);
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
