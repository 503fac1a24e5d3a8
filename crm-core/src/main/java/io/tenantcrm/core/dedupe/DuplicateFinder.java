package io.tenantcrm.core.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds records that are one customer, saying why. Two records are compared only when they share a block (the
 * same mailbox, phone, website, company email domain, person's name, or first word of their company name), never all against
 * all, so a tenant-wide scan grows with the number of records, not their square. Name blocks (a company's first
 * word, its letters in any order, a person's name) too large to say much are skipped.
 */
public final class DuplicateFinder {

    /** A block this large says little (a common first word): it is compared only on its exact keys. */
    static final int LARGEST_NAME_BLOCK = 50;

    private final MatchRules rules;
    private final NameSimilarity similarity;

    public DuplicateFinder(MatchRules rules, NameSimilarity similarity) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.similarity = Objects.requireNonNull(similarity, "similarity");
    }

    /** The pair's score and reasons, if it reaches a possible duplicate. */
    public Optional<DuplicatePair> compare(Candidate a, Candidate b) {
        List<String> reasons = new ArrayList<>();
        double unlikely = 1.0;
        unlikely *= same(a, b, MatchKeys::mailbox, rules.mailbox(), "same mailbox", reasons);
        unlikely *= same(a, b, MatchKeys::phone, rules.phone(), "same phone", reasons);
        unlikely *= same(a, b, MatchKeys::personName, rules.personName(), "same person's name", reasons);
        unlikely *= same(a, b, MatchKeys::websiteDomain, rules.website(), "same website", reasons);
        unlikely *= same(a, b, MatchKeys::emailDomain, rules.emailDomain(), "same company email domain", reasons);
        String nameA = a.keys().companyName();
        String nameB = b.keys().companyName();
        if (nameA != null && nameB != null) {
            double alike = nameA.equals(nameB) ? 1.0 : similarity.between(nameA, nameB);
            if (alike >= rules.nameThreshold()) {
                unlikely *= 1 - rules.similarName() * alike;
                reasons.add(nameA.equals(nameB) ? "same company name '" + nameA + "'"
                        : String.format(Locale.ROOT, "similar company names '%s' ~ '%s' (%.2f)",
                        nameA, nameB, alike));
            }
        }
        double score = 1 - unlikely;
        if (score < rules.possibleAt() || reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DuplicatePair(a.id(), b.id(), score, reasons, score >= rules.duplicateAt()));
    }

    /** The records that may be the same customer as {@code subject}, surest first (intake, conversion). */
    public List<DuplicatePair> matches(Candidate subject, Collection<Candidate> others) {
        return others.stream().filter(other -> !other.id().equals(subject.id()))
                .map(other -> compare(subject, other)).flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(DuplicatePair::score).reversed()).toList();
    }

    /** Every group of two or more records that are surely one customer, over a whole tenant. */
    public List<Set<String>> clusters(Collection<Candidate> all) {
        Map<String, List<Candidate>> blocks = new HashMap<>();
        for (Candidate candidate : all) {
            for (String key : blockKeys(candidate.keys())) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
            }
        }
        UnionFind groups = new UnionFind();
        for (Map.Entry<String, List<Candidate>> block : blocks.entrySet()) {
            List<Candidate> members = block.getValue();
            if (block.getKey().startsWith("name") && members.size() > LARGEST_NAME_BLOCK) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (groups.together(members.get(i).id(), members.get(j).id())) {
                        continue;
                    }
                    int first = i;
                    compare(members.get(i), members.get(j)).filter(DuplicatePair::sure)
                            .ifPresent(pair -> groups.join(members.get(first).id(), pair.second()));
                }
            }
        }
        return groups.groups();
    }

    private static List<String> blockKeys(MatchKeys keys) {
        List<String> blocks = new ArrayList<>();
        if (keys.mailbox() != null) {
            blocks.add("mailbox:" + keys.mailbox());
        }
        if (keys.phone() != null) {
            blocks.add("phone:" + keys.phone());
        }
        if (keys.websiteDomain() != null) {
            blocks.add("website:" + keys.websiteDomain());
        }
        if (keys.emailDomain() != null) {
            blocks.add("domain:" + keys.emailDomain());
        }
        if (keys.companyName() != null) {
            String firstWord = keys.companyName().split(" ", 2)[0];
            blocks.add("name:" + firstWord);
            // the same letters in another order: a slip of the fingers still meets its original
            char[] letters = firstWord.toCharArray();
            Arrays.sort(letters);
            blocks.add("name-letters:" + new String(letters));
        }
        if (keys.personName() != null) {
            blocks.add("name-person:" + keys.personName());
        }
        return blocks;
    }

    private static double same(Candidate a, Candidate b, Function<MatchKeys, String> key, double weight,
                               String reason, List<String> reasons) {
        String ka = key.apply(a.keys());
        if (ka == null || !ka.equals(key.apply(b.keys()))) {
            return 1.0;
        }
        reasons.add(reason + " " + ka);
        return 1 - weight;
    }

    /** Disjoint groups of record ids, joined pair by pair. */
    private static final class UnionFind {
        private final Map<String, String> parent = new LinkedHashMap<>();

        String root(String id) {
            String root = parent.getOrDefault(id, id);
            if (!root.equals(id)) {
                root = root(root);
                parent.put(id, root);
            }
            return root;
        }

        boolean together(String a, String b) {
            return root(a).equals(root(b));
        }

        void join(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
                parent.putIfAbsent(rb, rb);
            }
        }

        List<Set<String>> groups() {
            Map<String, Set<String>> byRoot = new LinkedHashMap<>();
            for (String id : new ArrayList<>(parent.keySet())) {
                byRoot.computeIfAbsent(root(id), r -> new TreeSet<>()).add(id);
            }
            return byRoot.values().stream().filter(group -> group.size() > 1).toList();
        }
    }
}
