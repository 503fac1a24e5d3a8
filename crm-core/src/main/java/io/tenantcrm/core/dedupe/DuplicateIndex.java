package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Outbound port: the match keys of a tenant's leads, contacts and accounts, kept by the store with every write of
 * those records (a converted lead is no longer indexed: its contact and account are). Candidates are looked up by
 * key, never by reading the whole tenant.
 */
public interface DuplicateIndex {

    /** For an application that keeps no index: nothing is ever a candidate. */
    DuplicateIndex NONE = new DuplicateIndex() {
        @Override
        public List<Candidate> candidates(TenantId tenant, MatchKeys keys, Set<RecordType> types) {
            return List.of();
        }

        @Override
        public void forEach(TenantId tenant, RecordType type, Consumer<Candidate> each) {
            // nothing indexed
        }
    };

    /**
     * Records of these types that share a key with {@code keys} or have a company name alike (a bounded number per
     * key, the likeliest first), each with all its keys. Ids are {@code type/id}, as {@link Candidate#of} makes them.
     */
    List<Candidate> candidates(TenantId tenant, MatchKeys keys, Set<RecordType> types);

    /**
     * For many records at once (a batch of an import): the records of these types sharing an exact key with any of
     * them (at most 50 a key; company names only when equal), each with all its keys. One look-up for the batch
     * instead of one a record.
     */
    default List<Candidate> candidatesByExactKeys(TenantId tenant, List<MatchKeys> keys, Set<RecordType> types) {
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (MatchKeys one : keys) {
            if (!one.isEmpty()) {
                candidates(tenant, one, types).forEach(candidate -> found.putIfAbsent(candidate.id(), candidate));
            }
        }
        return List.copyOf(found.values());
    }

    /** Every indexed record of a type, for a whole-tenant scan. */
    void forEach(TenantId tenant, RecordType type, Consumer<Candidate> each);

    /**
     * How common names are among the tenant's leads, contacts and accounts. By default counted over every record;
     * a store can count in place.
     */
    default ValueFrequencies frequencies(TenantId tenant) {
        List<Candidate> all = new ArrayList<>();
        for (RecordType type : List.of(RecordType.LEAD, RecordType.CONTACT, RecordType.ACCOUNT)) {
            forEach(tenant, type, all::add);
        }
        return ValueFrequencies.of(all);
    }
}
