package io.tenantcrm.persistence.dedupe;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.dedupe.ValueFrequencies;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@link DuplicateIndex} on the {@code match_key} table. A look-up takes, per key kind, the records with the same
 * value (exact keys through the primary key's index) and, for the company name, the closest by trigrams (the GIN
 * index), each bounded, then reads those records' keys: a check touches a few dozen rows whatever the tenant's
 * size.
 */
public class JpaDuplicateIndex extends TenantScoped implements DuplicateIndex {

    /** Per key: a mailbox or phone rarely has more; a big company's domain has many, and the person key finds those. */
    static final int PER_KEY = 50;
    static final int SIMILAR_NAMES = 20;

    public JpaDuplicateIndex(EntityManagers ems) {
        super(ems);
    }

    @Override
    public List<Candidate> candidates(TenantId tenant, MatchKeys keys, Set<RecordType> types) {
        Map<String, String> byKind = MatchKeyRows.lookUpKinds(keys);
        if (types.isEmpty() || byKind.isEmpty()) {
            return List.of();
        }
        Query query = NativeSql.of(flushed(tenant), lookUp(List.copyOf(byKind.keySet()), types));
        query.setParameter(1, tenant.value());
        int parameter = 2;
        for (String value : byKind.values()) {
            query.setParameter(parameter++, value);
        }
        List<Candidate> found = new ArrayList<>();
        collect(rows(query), found::add);
        return found;
    }

    /**
     * The look-up for these key kinds: {@code ?1} is the tenant, {@code ?2...} the keys' values in order. Per kind,
     * the records with the same value (the primary key's index), or for the company name the closest by trigrams
     * ({@code similar_company_keys}: pg_trgm's similarity test, threshold 0.3, served by the GIN index); then those
     * records' keys.
     */
    static String lookUp(List<String> kinds, Set<RecordType> types) {
        String typeList = types.stream().map(type -> "'" + type.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            int p = i + 2;
            if (kinds.get(i).equals("company")) {
                // by trigram index, as the owner, in the transaction's tenant only: see V10 for why
                parts.add("(SELECT record_type, record_id FROM similar_company_keys(?" + p
                        + ", CAST(ARRAY[" + typeList + "] AS varchar[]), " + SIMILAR_NAMES + "))");
            } else {
                parts.add("(SELECT record_type, record_id FROM match_key WHERE tenant_id = ?1 AND kind = '"
                        + kinds.get(i) + "' AND value = ?" + p + " AND record_type IN (" + typeList + ") LIMIT "
                        + PER_KEY + ")");
            }
        }
        return "SELECT k.record_type, CAST(k.record_id AS varchar), k.kind, k.value"
                + " FROM match_key k JOIN (" + String.join(" UNION ", parts) + ") c"
                + " ON c.record_type = k.record_type AND c.record_id = k.record_id"
                + " WHERE k.tenant_id = ?1 ORDER BY k.record_type, k.record_id";
    }

    @Override
    public List<Candidate> candidatesByExactKeys(TenantId tenant, List<MatchKeys> keys, Set<RecordType> types) {
        Map<String, Set<String>> valuesByKind = new LinkedHashMap<>();
        for (MatchKeys one : keys) {
            MatchKeyRows.lookUpKinds(one).forEach((kind, value) ->
                    valuesByKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(value));
        }
        if (valuesByKind.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        String typeList = types.stream().map(type -> "'" + type.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        // the kind is written out and the values are an array: each part is a look-up in the primary key's
        // index whatever the planner's statistics say (a table filling up during an import has none yet)
        List<String> parts = new ArrayList<>();
        List<String> arrays = new ArrayList<>();
        valuesByKind.forEach((kind, values) -> {
            arrays.add(arrayLiteral(List.copyOf(values)));
            parts.add("SELECT record_type, record_id FROM match_key WHERE tenant_id = ?1 AND kind = '" + kind
                    + "' AND value = ANY (CAST(?" + (arrays.size() + 1) + " AS varchar[])) AND record_type IN ("
                    + typeList + ")");
        });
        Query query = NativeSql.of(flushed(tenant), "WITH c AS MATERIALIZED (" + String.join(" UNION ", parts) + ")"
                + " SELECT k.record_type, CAST(k.record_id AS varchar), k.kind, k.value FROM c CROSS JOIN LATERAL"
                + " (SELECT * FROM match_key m WHERE m.tenant_id = ?1 AND m.record_type = c.record_type"
                + " AND m.record_id = c.record_id) k ORDER BY k.record_type, k.record_id");
        query.setParameter(1, tenant.value());
        for (int i = 0; i < arrays.size(); i++) {
            query.setParameter(i + 2, arrays.get(i));
        }
        List<Candidate> found = new ArrayList<>();
        collect(rows(query), found::add);
        return found;
    }

    /** A PostgreSQL array literal, each element quoted: {"a","b \"c\""}. */
    static String arrayLiteral(List<String> values) {
        return values.stream().map(value -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public void forEach(TenantId tenant, RecordType type, Consumer<Candidate> each) {
        Query query = NativeSql.of(flushed(tenant), "SELECT record_type, CAST(record_id AS varchar), kind, value"
                        + " FROM match_key WHERE tenant_id = ?1 AND record_type = ?2 ORDER BY record_id")
                .setParameter(1, tenant.value()).setParameter(2, type.name());
        collect(rows(query), each);
    }

    /**
     * Counted in place: the records, and the person's names, core company names and their words that at least
     * {@value ValueFrequencies#KEPT_FROM} records share (four aggregates over the tenant's part of the index).
     */
    @Override
    public ValueFrequencies frequencies(TenantId tenant) {
        EntityManager em = flushed(tenant);
        Number records = (Number) NativeSql.of(em, "SELECT count(*) FROM (SELECT DISTINCT record_type, record_id"
                + " FROM match_key WHERE tenant_id = ?1) r").setParameter(1, tenant.value()).getSingleResult();
        return new ValueFrequencies(records.longValue(),
                counts(em, tenant, "SELECT value, count(*) FROM match_key WHERE tenant_id = ?1 AND kind = 'person'"
                        + " GROUP BY value HAVING count(*) >= ?2"),
                counts(em, tenant, "SELECT value, count(*) FROM match_key WHERE tenant_id = ?1 AND kind = 'company'"
                        + " GROUP BY value HAVING count(*) >= ?2"),
                counts(em, tenant, "SELECT word, count(*) FROM match_key, regexp_split_to_table(value, ' ') word"
                        + " WHERE tenant_id = ?1 AND kind = 'company' GROUP BY word HAVING count(*) >= ?2"));
    }

    private static Map<String, Integer> counts(EntityManager em, TenantId tenant, String sql) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Object[] row : rows(NativeSql.of(em, sql).setParameter(1, tenant.value())
                .setParameter(2, ValueFrequencies.KEPT_FROM))) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** The keys of records created in this transaction are still in the ORM's batch: write them before reading. */
    private EntityManager flushed(TenantId tenant) {
        EntityManager em = em(tenant);
        em.flush();
        return em;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** Rows arrive ordered by record: each run of one record's rows is one candidate. */
    private static void collect(List<Object[]> rows, Consumer<Candidate> each) {
        String current = null;
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String id = new RecordRef(RecordType.valueOf((String) row[0]), (String) row[1]).toString();
            if (current != null && !current.equals(id)) {
                each.accept(new Candidate(current, MatchKeyRows.fromKinds(kinds)));
                kinds = new LinkedHashMap<>();
            }
            current = id;
            kinds.put((String) row[2], (String) row[3]);
        }
        if (current != null) {
            each.accept(new Candidate(current, MatchKeyRows.fromKinds(kinds)));
        }
    }
}
