package io.tenantcrm.persistence.merge;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.merge.FieldPick;
import io.tenantcrm.core.merge.Merge;
import io.tenantcrm.core.merge.MergeId;
import io.tenantcrm.core.merge.MergeStore;
import io.tenantcrm.core.merge.Survivorship;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MergeStore} in SQL on the transaction's connection. PostgreSQL keeps the rows as they were
 * ({@code to_jsonb}) and puts them back ({@code jsonb_populate_record}), so every column round-trips exactly;
 * each re-pointed row is remembered by its key, so an unmerge moves back exactly those and leaves what was added
 * to the survivor since. Rows that change carry a new version, so an ETag read before stays stale.
 */
public class JpaMergeStore extends TenantScoped implements MergeStore {

    /**
     * One place a record is referred to: the column holding its id (uuid or text), the column saying which kind of
     * record it is (links to any record), the key that names a row, whether it has a version, and the column that
     * would collide when the survivor already has the same link (that row is removed instead, kept whole).
     */
    record Reference(String table, String column, boolean uuid, String typeColumn, String key, boolean versioned,
                     String collidesOn) {
    }

    private static final Reference ACTIVITY_LINK =
            new Reference("activity_link", "record_id", false, "record_type", "activity_id", false, "activity_id");
    private static final Reference TASK = new Reference("task", "about_id", false, "about_type", "id", true, null);
    private static final Reference SHARE =
            new Reference("record_share", "record_id", false, "record_type", "user_id", false, "user_id");

    /** Everything that can point to a lead, contact or account (SLA timers of a merged lead stay: they fire for nothing while it is gone). */
    static final Map<RecordType, List<Reference>> REFERENCES = Map.of(
            RecordType.ACCOUNT, List.of(
                    new Reference("contact", "account_id", true, null, "id", true, null),
                    new Reference("deal", "account_id", true, null, "id", true, null),
                    new Reference("lead", "converted_account_id", true, null, "id", true, null),
                    ACTIVITY_LINK, TASK, SHARE),
            RecordType.CONTACT, List.of(
                    new Reference("deal", "primary_contact_id", true, null, "id", true, null),
                    new Reference("lead", "converted_contact_id", true, null, "id", true, null),
                    ACTIVITY_LINK, TASK),
            RecordType.LEAD, List.of(ACTIVITY_LINK, TASK, SHARE));

    public JpaMergeStore(EntityManagers ems) {
        super(ems);
    }

    @Override
    public int fold(TenantId tenant, Merge merge) {
        EntityManager em = em(tenant);
        em.flush(); // what the ORM still holds (keys of records created in this transaction) is read below
        RecordType type = merge.survivor().type();
        String table = table(type);
        String t = tenant.value();
        NativeSql.of(em, "INSERT INTO record_merge (tenant_id, id, record_type, survivor_id, merged_id, reason,"
                        + " merged_by, merged_at, survivor_before, merged_row, keys_before)"
                        + " SELECT ?1, CAST(?2 AS uuid), ?3, CAST(?4 AS uuid), CAST(?5 AS uuid), ?6, ?7,"
                        + " CAST(?8 AS timestamptz),"
                        + " (SELECT to_jsonb(s) FROM " + table + " s WHERE s.tenant_id = ?1 AND s.id = CAST(?4 AS uuid)),"
                        + " (SELECT to_jsonb(m) FROM " + table + " m WHERE m.tenant_id = ?1 AND m.id = CAST(?5 AS uuid)),"
                        + " COALESCE((SELECT jsonb_agg(to_jsonb(k)) FROM match_key k WHERE k.tenant_id = ?1"
                        + " AND k.record_type = ?3 AND k.record_id IN (CAST(?4 AS uuid), CAST(?5 AS uuid))),"
                        + " CAST('[]' AS jsonb))")
                .setParameter(1, t).setParameter(2, merge.id().toString()).setParameter(3, type.name())
                .setParameter(4, merge.survivor().id()).setParameter(5, merge.merged().id())
                .setParameter(6, merge.reason()).setParameter(7, merge.mergedBy().value())
                .setParameter(8, merge.mergedAt().toString())
                .executeUpdate();
        int position = 0;
        for (FieldPick pick : merge.fields()) {
            NativeSql.of(em, "INSERT INTO record_merge_field (tenant_id, merge_id, position, field, rule,"
                            + " taken_from, value) VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, t).setParameter(2, merge.id().toString()).setParameter(3, position++)
                    .setParameter(4, pick.field()).setParameter(5, pick.rule().name())
                    .setParameter(6, pick.from().name()).setParameter(7, pick.value())
                    .executeUpdate();
        }
        int moved = 0;
        for (Reference reference : REFERENCES.get(type)) {
            if (reference.collidesOn() != null) {
                moved += removeCollisions(em, t, merge, reference, moved);
            }
            moved += repoint(em, t, merge, reference, moved);
        }
        NativeSql.of(em, "DELETE FROM " + table + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, merge.merged().id()).executeUpdate();
        NativeSql.of(em, "DELETE FROM match_key WHERE tenant_id = ?1 AND record_type = ?2"
                        + " AND record_id = CAST(?3 AS uuid)")
                .setParameter(1, t).setParameter(2, type.name()).setParameter(3, merge.merged().id())
                .executeUpdate();
        int repointed = moved;
        NativeSql.of(em, "UPDATE record_merge SET repointed = ?3 WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, merge.id().toString()).setParameter(3, repointed)
                .executeUpdate();
        return repointed;
    }

    /** Links the survivor already has the same of (an activity about both): removed, kept whole for an unmerge. */
    private static int removeCollisions(EntityManager em, String tenant, Merge merge, Reference r, int position) {
        String typeOf = r.typeColumn() == null ? "" : " AND %1$s." + r.typeColumn() + " = ?5";
        return NativeSql.of(em, "WITH gone AS (DELETE FROM " + r.table() + " t WHERE t.tenant_id = ?1"
                        + String.format(typeOf, "t") + " AND t." + r.column() + " = " + value(r, 3)
                        + " AND EXISTS (SELECT 1 FROM " + r.table() + " o WHERE o.tenant_id = t.tenant_id"
                        + String.format(typeOf, "o") + " AND o." + r.column() + " = " + value(r, 2)
                        + " AND o." + r.collidesOn() + " = t." + r.collidesOn() + ") RETURNING to_jsonb(t) AS removed)"
                        + " INSERT INTO record_merge_move (tenant_id, merge_id, position, table_name, column_name,"
                        + " removed_row) SELECT ?1, CAST(?4 AS uuid), ?6 + row_number() OVER (), '" + r.table()
                        + "', '" + r.column() + "', removed FROM gone")
                .setParameter(1, tenant).setParameter(2, merge.survivor().id()).setParameter(3, merge.merged().id())
                .setParameter(4, merge.id().toString()).setParameter(5, merge.survivor().type().name())
                .setParameter(6, position)
                .executeUpdate();
    }

    private static int repoint(EntityManager em, String tenant, Merge merge, Reference r, int position) {
        return NativeSql.of(em, "WITH moved AS (UPDATE " + r.table() + " t SET " + r.column() + " = "
                        + value(r, 2) + (r.versioned() ? ", version = t.version + 1" : "")
                        + " WHERE t.tenant_id = ?1" + (r.typeColumn() == null ? "" : " AND t." + r.typeColumn() + " = ?5")
                        + " AND t." + r.column() + " = " + value(r, 3) + " RETURNING t." + r.key() + " AS k)"
                        + " INSERT INTO record_merge_move (tenant_id, merge_id, position, table_name, column_name,"
                        + " row_key) SELECT ?1, CAST(?4 AS uuid), ?6 + row_number() OVER (), '" + r.table() + "', '"
                        + r.column() + "', jsonb_build_object('" + r.key() + "', k) FROM moved")
                .setParameter(1, tenant).setParameter(2, merge.survivor().id()).setParameter(3, merge.merged().id())
                .setParameter(4, merge.id().toString()).setParameter(5, merge.survivor().type().name())
                .setParameter(6, position)
                .executeUpdate();
    }

    @Override
    public void settle(TenantId tenant, MergeId id) {
        Merge merge = find(tenant, id).orElseThrow();
        String table = table(merge.survivor().type());
        NativeSql.of(em(tenant), "UPDATE record_merge r SET survivor_after = (SELECT to_jsonb(s) FROM " + table
                        + " s WHERE s.tenant_id = r.tenant_id AND s.id = r.survivor_id)"
                        + " WHERE r.tenant_id = ?1 AND r.id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString())
                .executeUpdate();
    }

    @Override
    public Optional<Merge> find(TenantId tenant, MergeId id) {
        EntityManager em = em(tenant);
        List<?> rows = NativeSql.of(em, "SELECT record_type, CAST(survivor_id AS varchar),"
                        + " CAST(merged_id AS varchar), reason, merged_by, merged_at, repointed, undone_by, undone_at"
                        + " FROM record_merge WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, tenant.value()).setParameter(2, id.toString())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        RecordType type = RecordType.valueOf((String) row[0]);
        List<FieldPick> picks = new ArrayList<>();
        for (Object fieldRow : NativeSql.of(em, "SELECT field, rule, taken_from, value FROM record_merge_field"
                        + " WHERE tenant_id = ?1 AND merge_id = CAST(?2 AS uuid) ORDER BY position")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList()) {
            Object[] f = (Object[]) fieldRow;
            picks.add(new FieldPick((String) f[0], Survivorship.valueOf((String) f[1]),
                    FieldPick.From.valueOf((String) f[2]), (String) f[3]));
        }
        return Optional.of(new Merge(id, new RecordRef(type, (String) row[1]), new RecordRef(type, (String) row[2]),
                picks, ((Number) row[6]).intValue(), (String) row[3], UserId.of((String) row[4]), NativeSql.instant(row[5]),
                row[7] == null ? null : UserId.of((String) row[7]), row[8] == null ? null : NativeSql.instant(row[8])));
    }

    @Override
    public Optional<Merge> tombstoneOf(TenantId tenant, RecordRef record) {
        List<?> ids = NativeSql.of(em(tenant), "SELECT CAST(id AS varchar) FROM record_merge WHERE tenant_id = ?1"
                        + " AND record_type = ?2 AND CAST(merged_id AS varchar) = ?3 AND undone_at IS NULL")
                .setParameter(1, tenant.value()).setParameter(2, record.type().name()).setParameter(3, record.id())
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : find(tenant, MergeId.of((String) ids.get(0)));
    }

    @Override
    public void unfold(TenantId tenant, MergeId id, UserId by, Instant at) {
        EntityManager em = em(tenant);
        em.flush();
        Merge merge = find(tenant, id).orElseThrow();
        RecordType type = merge.survivor().type();
        String table = table(type);
        String t = tenant.value();
        List<?> state = NativeSql.of(em, "SELECT s.id IS NOT NULL, to_jsonb(s) = r.survivor_after"
                        + " FROM record_merge r LEFT JOIN " + table + " s ON s.tenant_id = r.tenant_id"
                        + " AND s.id = r.survivor_id WHERE r.tenant_id = ?1 AND r.id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, id.toString()).getResultList();
        Object[] survivor = (Object[]) state.get(0);
        if (!Boolean.TRUE.equals(survivor[0])) {
            throw new RuleViolationException("survivor", merge.survivor() + " was itself merged away since: undo"
                    + " that merge first");
        }
        if (!Boolean.TRUE.equals(survivor[1])) {
            throw new RuleViolationException("survivor", merge.survivor() + " changed since the merge, so it cannot"
                    + " be put back as it was; correct the records by hand instead");
        }
        // the survivor as it was, at a new version; the merged record exactly as it was
        NativeSql.of(em, "DELETE FROM " + table + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, merge.survivor().id()).executeUpdate();
        NativeSql.of(em, "INSERT INTO " + table + " SELECT p.* FROM record_merge r,"
                        + " jsonb_populate_record(CAST(NULL AS " + table + "), r.survivor_before) p"
                        + " WHERE r.tenant_id = ?1 AND r.id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, id.toString()).executeUpdate();
        NativeSql.of(em, "UPDATE " + table + " s SET version = CAST(r.survivor_after ->> 'version' AS bigint) + 1"
                        + " FROM record_merge r WHERE r.tenant_id = ?1 AND r.id = CAST(?2 AS uuid)"
                        + " AND s.tenant_id = r.tenant_id AND s.id = r.survivor_id")
                .setParameter(1, t).setParameter(2, id.toString()).executeUpdate();
        NativeSql.of(em, "INSERT INTO " + table + " SELECT p.* FROM record_merge r,"
                        + " jsonb_populate_record(CAST(NULL AS " + table + "), r.merged_row) p"
                        + " WHERE r.tenant_id = ?1 AND r.id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, id.toString()).executeUpdate();
        List<Reference> references = new ArrayList<>(REFERENCES.get(type));
        Collections.reverse(references);
        for (Reference reference : references) {
            pointBack(em, t, merge, reference);
        }
        NativeSql.of(em, "DELETE FROM match_key WHERE tenant_id = ?1 AND record_type = ?2"
                        + " AND record_id IN (CAST(?3 AS uuid), CAST(?4 AS uuid))")
                .setParameter(1, t).setParameter(2, type.name()).setParameter(3, merge.survivor().id())
                .setParameter(4, merge.merged().id()).executeUpdate();
        NativeSql.of(em, "INSERT INTO match_key SELECT p.* FROM record_merge r,"
                        + " jsonb_populate_recordset(CAST(NULL AS match_key), r.keys_before) p"
                        + " WHERE r.tenant_id = ?1 AND r.id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, id.toString()).executeUpdate();
        NativeSql.of(em, "UPDATE record_merge SET undone_by = ?3, undone_at = CAST(?4 AS timestamptz)"
                        + " WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, t).setParameter(2, id.toString()).setParameter(3, by.value())
                .setParameter(4, at.toString()).executeUpdate();
    }

    private static void pointBack(EntityManager em, String tenant, Merge merge, Reference r) {
        NativeSql.of(em, "UPDATE " + r.table() + " t SET " + r.column() + " = " + value(r, 3)
                        + (r.versioned() ? ", version = t.version + 1" : "")
                        + " WHERE t.tenant_id = ?1" + (r.typeColumn() == null ? "" : " AND t." + r.typeColumn() + " = ?5")
                        + " AND t." + r.column() + " = " + value(r, 2)
                        + " AND CAST(t." + r.key() + " AS varchar) IN (SELECT m.row_key ->> '" + r.key() + "'"
                        + " FROM record_merge_move m WHERE m.tenant_id = ?1 AND m.merge_id = CAST(?4 AS uuid)"
                        + " AND m.table_name = '" + r.table() + "' AND m.column_name = '" + r.column() + "'"
                        + " AND m.row_key IS NOT NULL)")
                .setParameter(1, tenant).setParameter(2, merge.survivor().id()).setParameter(3, merge.merged().id())
                .setParameter(4, merge.id().toString()).setParameter(5, merge.survivor().type().name())
                .executeUpdate();
        if (r.collidesOn() != null) {
            NativeSql.of(em, "INSERT INTO " + r.table() + " SELECT p.* FROM record_merge_move m,"
                            + " jsonb_populate_record(CAST(NULL AS " + r.table() + "), m.removed_row) p"
                            + " WHERE m.tenant_id = ?1 AND m.merge_id = CAST(?2 AS uuid) AND m.table_name = '"
                            + r.table() + "' AND m.column_name = '" + r.column() + "' AND m.removed_row IS NOT NULL")
                    .setParameter(1, tenant).setParameter(2, merge.id().toString()).executeUpdate();
        }
    }

    /** The id parameter as the column's type. */
    private static String value(Reference r, int parameter) {
        return r.uuid() ? "CAST(?" + parameter + " AS uuid)" : "?" + parameter;
    }

    private static String table(RecordType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
