package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Use case: who a record may already be. People (leads, contacts) are compared under {@link MatchRules#defaults()},
 * companies (accounts) under {@link MatchRules#forCompanies()}; candidates come from the {@link DuplicateIndex},
 * so a check reads a handful of records, not the tenant. A whole-tenant {@link #scan} groups sure duplicates.
 */
public final class DuplicateCheck {

    private static final Set<RecordType> PEOPLE = Set.of(RecordType.LEAD, RecordType.CONTACT);

    private final DuplicateIndex index;
    private final NameSimilarity similarity;
    private final Function<TenantId, DuplicatePolicy> policies;
    private final Function<TenantId, ValueFrequencies> frequencies;

    /** With the platform's thresholds for every tenant. */
    public DuplicateCheck(DuplicateIndex index, NameSimilarity similarity) {
        this(index, similarity, tenant -> DuplicatePolicy.defaults());
    }

    /** With each tenant's thresholds ({@code TenantConfiguration::duplicates}), its name frequencies counted anew. */
    public DuplicateCheck(DuplicateIndex index, NameSimilarity similarity,
                          Function<TenantId, DuplicatePolicy> policies) {
        this(index, similarity, policies, index::frequencies);
    }

    /**
     * @param frequencies each tenant's name frequencies: they change slowly, so an application may keep them a
     *                    while rather than count on every check
     */
    public DuplicateCheck(DuplicateIndex index, NameSimilarity similarity,
                          Function<TenantId, DuplicatePolicy> policies,
                          Function<TenantId, ValueFrequencies> frequencies) {
        this.index = Objects.requireNonNull(index, "index");
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    }

    private DuplicateFinder people(TenantId tenant) {
        return new DuplicateFinder(policies.apply(tenant).applyTo(MatchRules.defaults()), similarity,
                frequencies.apply(tenant));
    }

    private DuplicateFinder companies(TenantId tenant) {
        return new DuplicateFinder(policies.apply(tenant).applyTo(MatchRules.forCompanies()), similarity,
                frequencies.apply(tenant));
    }

    /** The scan counts frequencies over the very records it reads. */
    private DuplicateFinder scanning(TenantId tenant, RecordType type) {
        MatchRules rules = type == RecordType.ACCOUNT ? MatchRules.forCompanies() : MatchRules.defaults();
        return new DuplicateFinder(policies.apply(tenant).applyTo(rules), similarity);
    }

    /**
     * Leads and contacts (of {@code types}) that may be the person {@code keys} describe, surest first.
     *
     * @param subject the id of the record checked (e.g. {@code lead/<id>}), never reported as its own duplicate
     */
    public List<DuplicatePair> people(TenantId tenant, String subject, MatchKeys keys, Set<RecordType> types) {
        if (!PEOPLE.containsAll(types)) {
            throw new IllegalArgumentException("people are leads and contacts, not " + types);
        }
        if (keys.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        return people(tenant).matches(new Candidate(subject, keys), index.candidates(tenant, keys, types));
    }

    /** Accounts that may be the company {@code keys} describe (only its company keys count), surest first. */
    public List<DuplicatePair> companies(TenantId tenant, String subject, MatchKeys keys) {
        MatchKeys company = keys.companyPart();
        if (company.isEmpty()) {
            return List.of();
        }
        return companies(tenant).matches(new Candidate(subject, company),
                index.candidates(tenant, company, Set.of(RecordType.ACCOUNT)));
    }

    /** Both: the people and the companies {@code keys} may be, surest first. */
    public List<DuplicatePair> anyone(TenantId tenant, String subject, MatchKeys keys) {
        return Stream.concat(people(tenant, subject, keys, PEOPLE).stream(), companies(tenant, subject, keys).stream())
                .sorted(Comparator.comparingDouble(DuplicatePair::score).reversed()).toList();
    }

    /**
     * Every group of records of one type that are surely one customer, over the whole tenant, each with the
     * pairs that tie it together and why.
     */
    public DuplicateReport scan(TenantId tenant, RecordType type) {
        if (!PEOPLE.contains(type) && type != RecordType.ACCOUNT) {
            throw new IllegalArgumentException("leads, contacts and accounts are scanned, not " + type);
        }
        List<Candidate> all = new ArrayList<>();
        index.forEach(tenant, type, all::add);
        DuplicateFinder finder = scanning(tenant, type).measuring(all);
        return new DuplicateReport(all.size(), clustersOf(finder, all));
    }

    static List<DuplicateCluster> clustersOf(DuplicateFinder finder, Collection<Candidate> all) {
        Map<String, Candidate> byId = new HashMap<>();
        all.forEach(candidate -> byId.put(candidate.id(), candidate));
        List<DuplicateCluster> clusters = new ArrayList<>();
        for (Set<String> group : finder.clusters(all)) {
            List<String> members = List.copyOf(group);
            List<DuplicatePair> pairs = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    finder.compare(byId.get(members.get(i)), byId.get(members.get(j))).ifPresent(pairs::add);
                }
            }
            clusters.add(new DuplicateCluster(members, pairs));
        }
        clusters.sort(Comparator.comparing((DuplicateCluster c) -> -c.members().size())
                .thenComparing(c -> c.members().get(0)));
        return clusters;
    }
}
