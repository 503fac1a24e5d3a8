package io.tenantcrm.persistence.tenant;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantData;
import io.tenantcrm.core.tenant.TenantStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

/**
 * {@link TenantData} in plain JDBC as the application role, inside the tenant's row-level security. PostgreSQL
 * itself turns rows into JSON ({@code row_to_json}) and back ({@code json_populate_record}), so every column
 * round-trips exactly, whatever its type; the archive names each table's columns so an archive from another
 * schema version is refused instead of read half. Tables are found in the catalogue (every table with a
 * {@code tenant_id}), so a table added by a later migration is exported and erased without a change here.
 *
 * <p>Archive: {@code {"format", "exportedAt", "tenant": {row}, "people": [...], "tables": [{"name",
 * "columns": [...], "rows": [{row}, ...]}, ...]}}, written and read as a stream.
 */
public final class JdbcTenantData implements TenantData {

    public static final String FORMAT = "tenant-crm-archive/1";
    private static final int BATCH = 500;
    private static final JsonFactory JSON = new JsonFactory();

    private final DataSource dataSource;
    private final Clock clock;

    /** @param dataSource connections as the application role (never a role that bypasses row-level security) */
    public JdbcTenantData(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void export(TenantId tenant, List<IdentityDirectory.Person> people, OutputStream out) throws IOException {
        try (Connection db = inTenant(tenant, true)) {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeStringField("exportedAt", OffsetDateTime.now(clock).toString());
                json.writeFieldName("tenant");
                json.writeRawValue(single(db, "select row_to_json(t) from tenant t where id = ?", tenant.value()));
                writePeople(json, people);
                json.writeArrayFieldStart("tables");
                for (Map.Entry<String, List<String>> table : tables(db).entrySet()) {
                    json.writeStartObject();
                    json.writeStringField("name", table.getKey());
                    json.writeArrayFieldStart("columns");
                    for (String column : table.getValue()) {
                        json.writeString(column);
                    }
                    json.writeEndArray();
                    json.writeArrayFieldStart("rows");
                    try (PreparedStatement rows = db.prepareStatement("select row_to_json(r) from "
                            + quoted(table.getKey()) + " r where tenant_id = ? order by "
                            + orderOf(db, table.getKey()))) {
                        rows.setFetchSize(BATCH); // a cursor: big tables are streamed, not loaded
                        rows.setString(1, tenant.value());
                        try (ResultSet result = rows.executeQuery()) {
                            while (result.next()) {
                                json.writeRawValue(result.getString(1));
                            }
                        }
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export tenant " + tenant, e);
        }
    }

    @Override
    public Tenant restore(InputStream archive) throws IOException {
        try (JsonParser json = JSON.createParser(archive)) {
            expect(json.nextToken() == JsonToken.START_OBJECT, "an archive is one JSON object");
            expect("format".equals(json.nextFieldName()) && FORMAT.equals(json.nextTextValue()),
                    "the archive must start with \"format\": \"" + FORMAT + "\"");
            String tenantRow = null;
            Connection db = null;
            TenantId tenant = null;
            try {
                for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
                    json.nextToken();
                    switch (field) {
                        case "tenant" -> {
                            tenantRow = rawObject(json);
                            tenant = TenantId.of(textField(tenantRow, "id"));
                            db = inTenant(tenant, false);
                            insertTenant(db, tenant, tenantRow);
                        }
                        case "tables" -> {
                            expect(db != null, "the archive names its tenant before its tables");
                            readTables(json, db, tenant);
                        }
                        default -> json.skipChildren(); // exportedAt, people: for readers, not for the database
                    }
                }
                expect(db != null, "the archive has no tenant");
                db.commit();
                return readTenant(db, tenant);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot restore the archive: " + e.getMessage(), e);
            } finally {
                if (db != null) {
                    rollbackAndClose(db);
                }
            }
        } catch (JsonEOFException e) {
            throw new InvalidValueException("archive", "ends early: " + e.getOriginalMessage());
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new InvalidValueException("archive", "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    @Override
    public void erase(TenantId tenant) {
        try (Connection db = inTenant(tenant, false)) {
            try (PreparedStatement erase = db.prepareStatement("select erase_tenant(?)")) {
                erase.setString(1, tenant.value());
                erase.execute();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot erase tenant " + tenant, e);
        }
    }

    @Override
    public long rowCount(TenantId tenant) {
        try (Connection db = inTenant(tenant, true)) {
            long rows = count(db, "select count(*) from tenant where id = ?", tenant.value());
            for (String table : tables(db).keySet()) {
                rows += count(db, "select count(*) from " + quoted(table) + " where tenant_id = ?", tenant.value());
            }
            db.commit();
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of tenant " + tenant, e);
        }
    }

    private void readTables(JsonParser json, Connection db, TenantId tenant) throws IOException, SQLException {
        Map<String, List<String>> schema = tables(db);
        expect(json.currentToken() == JsonToken.START_ARRAY, "\"tables\" is a list");
        while (json.nextToken() == JsonToken.START_OBJECT) {
            expect("name".equals(json.nextFieldName()), "each table starts with its name");
            String name = json.nextTextValue();
            List<String> columns = schema.get(name);
            expect(columns != null, "table '" + name + "' does not exist in this database");
            expect("columns".equals(json.nextFieldName()) && json.nextToken() == JsonToken.START_ARRAY,
                    "table '" + name + "' lists its columns");
            List<String> archived = new ArrayList<>();
            while (json.nextToken() == JsonToken.VALUE_STRING) {
                archived.add(json.getText());
            }
            expect(archived.equals(columns), "table '" + name + "' has columns " + archived + " in the archive but "
                    + columns + " here: the archive comes from another schema version");
            expect("rows".equals(json.nextFieldName()) && json.nextToken() == JsonToken.START_ARRAY,
                    "table '" + name + "' lists its rows");
            try (PreparedStatement insert = db.prepareStatement("insert into " + quoted(name)
                    + " select * from json_populate_record(null::" + quoted(name) + ", ?::json)")) {
                int pending = 0;
                while (json.nextToken() == JsonToken.START_OBJECT) {
                    String row = rawObject(json);
                    expect(tenant.value().equals(textField(row, "tenant_id")),
                            "a row of table '" + name + "' belongs to another tenant");
                    insert.setString(1, row);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            expect(json.nextToken() == JsonToken.END_OBJECT, "table '" + name + "' ends after its rows");
        }
    }

    private static void insertTenant(Connection db, TenantId tenant, String row) throws SQLException {
        expect(count(db, "select count(*) from tenant where id = ?", tenant.value()) == 0,
                "tenant " + tenant + " exists; delete it before restoring it");
        try (PreparedStatement insert = db.prepareStatement(
                "insert into tenant select * from json_populate_record(null::tenant, ?::json)")) {
            insert.setString(1, row);
            insert.executeUpdate();
        }
    }

    private static Tenant readTenant(Connection db, TenantId tenant) throws SQLException {
        try (PreparedStatement read = db.prepareStatement(
                "select slug, name, status, created_at from tenant where id = ?")) {
            read.setString(1, tenant.value());
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return new Tenant(tenant, row.getString(1), row.getString(2), TenantStatus.valueOf(row.getString(3)),
                        row.getTimestamp(4).toInstant());
            }
        }
    }

    /** The tenant tables and their columns, in the catalogue's order; the registry itself is not among them. */
    private static Map<String, List<String>> tables(Connection db) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                select c.table_name, c.column_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name <> 'tenant'
                  and exists (select 1 from information_schema.columns k where k.table_schema = c.table_schema
                              and k.table_name = c.table_name and k.column_name = 'tenant_id')
                order by c.table_name, c.ordinal_position""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return tables;
    }

    /**
     * The table's primary key columns, so an export lists its rows in the same order every time (an archive can be
     * compared with another, and restored and exported again to the same text); the row's text without one.
     */
    private static String orderOf(Connection db, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select a.attname from pg_index i
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                where i.indrelid = cast(? as regclass) and i.indisprimary
                order by array_position(i.indkey::int2[], a.attnum)""")) {
            query.setString(1, quoted(table));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    key.add(quoted(rows.getString(1)));
                }
            }
        }
        return key.isEmpty() ? "r::text" : String.join(", ", key);
    }

    /** A connection in a transaction set to the tenant, deferring the foreign keys between its tables to commit. */
    private Connection inTenant(TenantId tenant, boolean readOnly) throws SQLException {
        Connection db = dataSource.getConnection();
        try {
            db.setAutoCommit(false);
            if (readOnly) {
                // one snapshot for the whole export, so the archive is consistent; for this transaction only, so
                // nothing sticks to a pooled connection
                try (PreparedStatement snapshot = db.prepareStatement(
                        "set transaction isolation level repeatable read, read only")) {
                    snapshot.execute();
                }
            }
            try (PreparedStatement set = db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.value());
                set.execute();
            }
            try (PreparedStatement defer = db.prepareStatement("set constraints all deferred")) {
                defer.execute();
            }
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void rollbackAndClose(Connection db) {
        try (db) {
            if (!db.getAutoCommit()) {
                db.rollback(); // after a commit this is a no-op; after a failure nothing is half-written
            }
        } catch (SQLException e) {
            // the connection is being thrown away; the database rolls back an unfinished transaction by itself
        }
    }

    private static void writePeople(JsonGenerator json, List<IdentityDirectory.Person> people) throws IOException {
        json.writeArrayFieldStart("people");
        for (IdentityDirectory.Person person : people) {
            json.writeStartObject();
            json.writeStringField("id", person.id().value());
            json.writeStringField("email", person.email());
            json.writeStringField("firstName", person.firstName());
            json.writeStringField("lastName", person.lastName());
            json.writeArrayFieldStart("roles");
            for (var role : person.roles().stream().map(r -> r.roleName()).sorted().toList()) {
                json.writeString(role);
            }
            json.writeEndArray();
            json.writeBooleanField("enabled", person.enabled());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The current JSON object, copied as text (rows are handed to PostgreSQL as they are). */
    private static String rawObject(JsonParser json) throws IOException {
        expect(json.currentToken() == JsonToken.START_OBJECT, "a row is a JSON object");
        StringWriter text = new StringWriter();
        try (JsonGenerator copy = JSON.createGenerator(text)) {
            copy.copyCurrentStructure(json);
        }
        return text.toString();
    }

    private static String textField(String object, String field) throws IOException {
        try (JsonParser json = JSON.createParser(object)) {
            json.nextToken();
            for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
                JsonToken value = json.nextToken();
                if (name.equals(field) && value == JsonToken.VALUE_STRING) {
                    return json.getText();
                }
                json.skipChildren();
            }
        }
        throw new InvalidValueException("archive", "a row has no " + field);
    }

    private static String single(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("tenant", parameter);
                }
                return row.getString(1);
            }
        }
    }

    private static long count(Connection db, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new RuleViolationException("archive", problem);
        }
    }
}
