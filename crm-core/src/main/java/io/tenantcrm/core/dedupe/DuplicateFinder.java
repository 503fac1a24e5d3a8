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
 * same mailbox, phone, website, company email domain, person's name, or first word of their company name), never
 * all against all, and inside a large block only with their sorted neighbours, so a tenant-wide scan grows with the
 * number of records, not their square. Name blocks (a company's first word, its letters in any order, a person's
 * name) too large to say much are skipped.
 */
public final class DuplicateFinder {

    /** A block this large says little (a common first word): it is compared only on its exact keys. */
    static final int LARGEST_NAME_BLOCK = 50;
    /**
     * In a block larger than this, records are sorted by what they say (company, person, mailbox) and each is
     * compared with the next {@code WINDOW - 1} only (a sorted neighbourhood): the comparisons per record stay
     * bounded however the blocks grow with the tenant, and the records most alike are next to each other.
     */
    static final int WINDOW = 12;
    private static final Comparator<Candidate> SORTED_NEIGHBOURHOOD = Comparator
            .comparing((Candidate c) -> text(c.keys().companyName()))
            .thenComparing(c -> text(c.keys().personName()))
            .thenComparing(c -> text(c.keys().mailbox()))
            .thenComparing(Candidate::id);

    private final MatchRules rules;
    private final NameSimilarity similarity;

    public DuplicateFinder(MatchRules rules, NameSimilarity similarity) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.similarity = Objects.requireNonNull(similarity, "similarity");
    }

    /** The pair's score and reasons, if it reaches a possible duplicate. */
    public Optional<DuplicatePair> compare(Candidate a, Candidate b) {
        List<String> reasons = new ArrayList<>();
        double score = score(a, b, reasons);
        if (score < rules.possibleAt() || reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DuplicatePair(a.id(), b.id(), score, reasons, score >= rules.duplicateAt()));
    }

    /** Whether the pair is surely one customer; a scan asks this millions of times, so it writes no reasons. */
    boolean sure(Candidate a, Candidate b) {
        return score(a, b, null) >= rules.duplicateAt();
    }

    /** The combined evidence of every key the two share; each is said in {@code reasons} unless that is null. */
    private double score(Candidate a, Candidate b, List<String> reasons) {
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
                if (reasons != null) {
                    reasons.add(nameA.equals(nameB) ? "same company name '" + nameA + "'"
                            : String.format(Locale.ROOT, "similar company names '%s' ~ '%s' (%.2f)",
                            nameA, nameB, alike));
                }
            }
        }
        return 1 - unlikely;
    }

    /** The records that may be the same customer as {@code subject}, surest first (intake, conversion). */
    public List<DuplicatePair> matches(Candidate subject, Collection<Candidate> others) {
        return others.stream().filter(other -> !other.id().equals(subject.id()))
                .map(other -> compare(subject, other)).flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(DuplicatePair::score).reversed()).toList();
    }

    /**
     * Every group of two or more records that are surely one customer, over a whole tenant. One kind of block at a
     * time (all mailbox blocks, then all phone blocks, ...), so only one kind's map is held at once.
     */
    public List<Set<String>> clusters(Collection<Candidate> all) {
        UnionFind groups = new UnionFind();
        for (BlockKind kind : BlockKind.values()) {
            Map<String, List<Candidate>> blocks = new HashMap<>();
            for (Candidate candidate : all) {
                String key = kind.key.apply(candidate.keys());
                if (key != null) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(candidate);
                }
            }
            for (List<Candidate> members : blocks.values()) {
                if (kind.name && members.size() > LARGEST_NAME_BLOCK) {
                    continue;
                }
                compareWithin(members, groups);
            }
        }
        return groups.groups();
    }

    private void compareWithin(List<Candidate> members, UnionFind groups) {
        if (members.size() > WINDOW) {
            members.sort(SORTED_NEIGHBOURHOOD);
        }
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size() && j < i + WINDOW; j++) {
                Candidate a = members.get(i);
                Candidate b = members.get(j);
                if (!groups.together(a.id(), b.id()) && sure(a, b)) {
                    groups.join(a.id(), b.id());
                }
            }
        }
    }

    /** The keys records are blocked by; name blocks too large to say much are skipped. */
    private enum BlockKind {
        MAILBOX(false, MatchKeys::mailbox),
        PHONE(false, MatchKeys::phone),
        WEBSITE(false, MatchKeys::websiteDomain),
        EMAIL_DOMAIN(false, MatchKeys::emailDomain),
        COMPANY_FIRST_WORD(true, keys -> keys.companyName() == null ? null : firstWord(keys.companyName())),
        // the first word's letters in any order, then the next word: a slip of the fingers in the first word
        // still meets its original (a slip in a later word meets it by the first word)
        COMPANY_LETTERS(true, keys -> {
            if (keys.companyName() == null) {
                return null;
            }
            String name = keys.companyName();
            char[] letters = firstWord(name).toCharArray();
            Arrays.sort(letters);
            String rest = name.length() > letters.length ? firstWord(name.substring(letters.length + 1)) : "";
            return new String(letters) + " " + rest;
        }),
        PERSON(true, MatchKeys::personName);

        final boolean name;
        final Function<MatchKeys, String> key;

        BlockKind(boolean name, Function<MatchKeys, String> key) {
            this.name = name;
            this.key = key;
        }
    }

    private static String text(String key) {
        return key == null ? "" : key;
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static double same(Candidate a, Candidate b, Function<MatchKeys, String> key, double weight,
                               String reason, List<String> reasons) {
        String ka = key.apply(a.keys());
        if (ka == null || !ka.equals(key.apply(b.keys()))) {
            return 1.0;
        }
        if (reasons != null) {
            reasons.add(reason + " " + ka);
        }
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
