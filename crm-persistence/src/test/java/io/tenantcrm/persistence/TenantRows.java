package io.tenantcrm.persistence;

import io.tenantcrm.core.shared.TenantId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every row of a tenant as PostgreSQL renders it, per table (tables without rows left out): to compare states. */
public final class TenantRows {

    private TenantRows() {
    }

    public static Map<String, List<String>> of(DataSource app, TenantId tenant) throws SQLException {
        return of(app, tenant, Set.of(), false);
    }

    /**
     * @param leaveOut tables not compared (ones that only grow, like the audit trail)
     * @param withoutVersions leave each row's {@code version} out
     */
    public static Map<String, List<String>> of(DataSource app, TenantId tenant, Set<String> leaveOut,
                                               boolean withoutVersions) throws SQLException {
        Map<String, List<String>> rows = new TreeMap<>();
        try (Connection db = app.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement set = db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant.value());
                set.execute();
            }
            List<String> tables = new ArrayList<>(List.of("tenant"));
            try (ResultSet names = db.createStatement().executeQuery("select table_name from"
                    + " information_schema.columns where column_name = 'tenant_id' and table_schema = current_schema()"
                    + " and table_name in (select table_name from information_schema.tables"
                    + " where table_type = 'BASE TABLE')")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            tables.removeAll(leaveOut);
            for (String table : tables) {
                String key = table.equals("tenant") ? "id" : "tenant_id";
                String row = withoutVersions ? "(to_jsonb(r) - 'version')::text" : "row_to_json(r)::text";
                try (PreparedStatement select = db.prepareStatement("select " + row + " from " + table
                        + " r where " + key + " = ? order by 1")) {
                    select.setString(1, tenant.value());
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            rows.computeIfAbsent(table, t -> new ArrayList<>()).add(result.getString(1));
                        }
                    }
                }
            }
            db.rollback();
        }
        return rows;
    }
}
