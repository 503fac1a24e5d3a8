package io.tenantcrm.persistence.dedupe;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.persistence.tenancy.NativeSql;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a record's match keys into {@code match_key} in the transaction that writes the record, so the index
 * can never drift from the records. Called by the lead, contact and account adapters on every add and update.
 */
public final class MatchKeyRows {

    private MatchKeyRows() {
    }

    /**
     * Moves the record's keys from {@code before} (null: a record just created) to {@code after} (null: out of the
     * index); nothing is written when they are equal. A new record's keys join the JDBC batch of its insert; an
     * existing record's are replaced in SQL, after the pending writes are flushed so none of them comes back.
     */
    public static void replace(EntityManager em, String tenant, RecordRef record, MatchKeys before,
                               MatchKeys after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            UUID id = UUID.fromString(record.id());
            byKind(after).forEach((kind, value) -> em.persist(new MatchKeyEntity(kind, value, record.type().name(),
                    id)));
            return;
        }
        em.flush();
        remove(em, tenant, record);
        if (after != null) {
            add(em, tenant, record, after);
        }
    }

    public static void remove(EntityManager em, String tenant, RecordRef record) {
        NativeSql.of(em, "DELETE FROM match_key WHERE tenant_id = ?1 AND record_type = ?2"
                        + " AND record_id = CAST(?3 AS uuid)")
                .setParameter(1, tenant).setParameter(2, record.type().name()).setParameter(3, record.id())
                .executeUpdate();
    }

    /** All of a record's keys in one statement: one round trip per record, not one per key. */
    private static void add(EntityManager em, String tenant, RecordRef record, MatchKeys keys) {
        Map<String, String> kinds = byKind(keys);
        if (kinds.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO match_key (tenant_id, kind, value, record_type, record_id)"
                + " VALUES ");
        int parameter = 4;
        for (int i = 0; i < kinds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(parameter++).append(", ?").append(parameter++)
                    .append(", ?2, CAST(?3 AS uuid))");
        }
        Query insert = NativeSql.of(em, sql.toString()).setParameter(1, tenant).setParameter(2, record.type().name())
                .setParameter(3, record.id());
        parameter = 4;
        for (Map.Entry<String, String> key : kinds.entrySet()) {
            insert.setParameter(parameter++, key.getKey()).setParameter(parameter++, key.getValue());
        }
        insert.executeUpdate();
    }

    /** The stored kinds and their values; keys too long to be useful for matching are left out. */
    public static Map<String, String> byKind(MatchKeys keys) {
        Map<String, String> kinds = new LinkedHashMap<>();
        put(kinds, "mailbox", keys.mailbox());
        put(kinds, "email_domain", keys.emailDomain());
        put(kinds, "phone", keys.phone());
        put(kinds, "person", keys.personName());
        put(kinds, "company", keys.companyName());
        put(kinds, "website", keys.websiteDomain());
        put(kinds, "country", keys.country());
        return kinds;
    }

    /** The kinds a record is looked up by: all but the country, which is compared, never searched on. */
    public static Map<String, String> lookUpKinds(MatchKeys keys) {
        Map<String, String> kinds = byKind(keys);
        kinds.remove("country");
        return kinds;
    }

    static MatchKeys fromKinds(Map<String, String> kinds) {
        return new MatchKeys(kinds.get("mailbox"), kinds.get("email_domain"), kinds.get("phone"),
                kinds.get("person"), kinds.get("company"), kinds.get("website"), kinds.get("country"));
    }

    private static void put(Map<String, String> kinds, String kind, String value) {
        if (value != null && value.length() <= 300) {
            kinds.put(kind, value);
        }
    }
}
