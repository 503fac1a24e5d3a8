package io.tenantcrm.persistence.dedupe;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateIndex;
import io.tenantcrm.core.dedupe.MatchKeys;
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
        if (types.isEmpty()) {
            return List.of();
        }
        EntityManager em = em(tenant);
        String typeList = types.stream().map(type -> "'" + type.name() + "'").sorted()
                .collect(Collectors.joining(", "));
        List<String> parts = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> key : MatchKeyRows.byKind(keys).entrySet()) {
            values.add(key.getValue());
            int p = values.size() + 1;
            if (key.getKey().equals("company")) {
                // similar names, closest first; '%' is pg_trgm's similarity test (threshold 0.3), served by the GIN index
                parts.add("(SELECT record_type, record_id FROM match_key WHERE tenant_id = ?1 AND kind = 'company'"
                        + " AND record_type IN (" + typeList + ") AND value % ?" + p
                        + " ORDER BY similarity(value, ?" + p + ") DESC LIMIT " + SIMILAR_NAMES + ")");
            } else {
                parts.add("(SELECT record_type, record_id FROM match_key WHERE tenant_id = ?1 AND kind = '"
                        + key.getKey() + "' AND value = ?" + p + " AND record_type IN (" + typeList + ") LIMIT "
                        + PER_KEY + ")");
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        Query query = NativeSql.of(em, "SELECT k.record_type, CAST(k.record_id AS varchar), k.kind, k.value"
                + " FROM match_key k JOIN (" + String.join(" UNION ", parts) + ") c"
                + " ON c.record_type = k.record_type AND c.record_id = k.record_id"
                + " WHERE k.tenant_id = ?1 ORDER BY k.record_type, k.record_id");
        query.setParameter(1, tenant.value());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 2, values.get(i));
        }
        List<Candidate> found = new ArrayList<>();
        collect(rows(query), found::add);
        return found;
    }

    @Override
    public void forEach(TenantId tenant, RecordType type, Consumer<Candidate> each) {
        Query query = NativeSql.of(em(tenant), "SELECT record_type, CAST(record_id AS varchar), kind, value"
                        + " FROM match_key WHERE tenant_id = ?1 AND record_type = ?2 ORDER BY record_id")
                .setParameter(1, tenant.value()).setParameter(2, type.name());
        collect(rows(query), each);
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
