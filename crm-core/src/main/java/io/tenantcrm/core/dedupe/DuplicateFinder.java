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
 * name, in Latin letters) too large to say much are skipped.
 * <p>
 * A pair is scored by the evidence of every field both records have, for and against (see {@link MatchRules}):
 * the same mailbox, phone or website; different ones; the person's name and the company's, weighed by how common
 * they are in the tenant; different numbers in a name; the country.
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
    private final ValueFrequencies frequencies;

    /** Without the tenant's name frequencies: a name's share is the model's default ({@link #clusters} measures them). */
    public DuplicateFinder(MatchRules rules, NameSimilarity similarity) {
        this(rules, similarity, ValueFrequencies.NONE);
    }

    public DuplicateFinder(MatchRules rules, NameSimilarity similarity, ValueFrequencies frequencies) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        this.frequencies = Objects.requireNonNull(frequencies, "frequencies");
    }

    /** This finder with the name frequencies of these records (a tenant scan's). */
    DuplicateFinder measuring(Collection<Candidate> all) {
        return new DuplicateFinder(rules, similarity, ValueFrequencies.of(all));
    }

    /** The pair's score and every piece of evidence for and against, if it reaches a possible duplicate. */
    public Optional<DuplicatePair> compare(Candidate a, Candidate b) {
        Tally tally = tally(a, b, true);
        double score = rules.probability(tally.bits);
        if (score < rules.possibleAt() || !tally.anyAgreement) {
            return Optional.empty();
        }
        return Optional.of(DuplicatePair.of(a.id(), b.id(), score, tally.evidence, sure(tally, score)));
    }

    /** Whether the pair is surely one customer; a scan asks this millions of times, so it writes no reasons. */
    boolean sure(Candidate a, Candidate b) {
        Tally tally = tally(a, b, false);
        return sure(tally, rules.probability(tally.bits));
    }

    /**
     * Sure needs the score and either an identifier in common (for people their mailbox or phone; for companies
     * the website or email domain) with no person's name against it (and, when another identifier disagrees, the
     * name agreeing), or two independent fields (a person's name and the company; for companies, the
     * name and the country) with no identifier disagreeing.
     */
    private boolean sure(Tally tally, double score) {
        if (score < rules.sureAt()) {
            return false;
        }
        boolean fields = rules.people() ? tally.personAgrees && tally.companyAgrees
                : tally.companyAgrees && tally.countryAgrees;
        // one phone for two names is a switchboard; one mailbox and two phones is one person if the name agrees
        boolean identifier = tally.identifierAgrees && !tally.personDisagrees
                && (!tally.identifierDisagrees || tally.personAgrees);
        return identifier || (fields && !tally.identifierDisagrees);
    }

    /** Evidence gathered on a pair: the bits, what agreed and disagreed, and (when asked) each piece said. */
    private static final class Tally {
        final List<Evidence> evidence;
        double bits;
        boolean anyAgreement;
        boolean identifierAgrees;
        boolean identifierDisagrees;
        boolean personAgrees;
        boolean personDisagrees;
        boolean companyAgrees;
        boolean countryAgrees;

        Tally(boolean explain) {
            evidence = explain ? new ArrayList<>() : null;
        }

        void add(Signal signal, double weight, String detail, String... values) {
            bits += weight;
            anyAgreement |= signal.agrees();
            if (evidence != null) {
                evidence.add(new Evidence(signal, List.of(values), weight, detail));
            }
        }
    }

    private Tally tally(Candidate a, Candidate b, boolean explain) {
        MatchKeys ka = a.keys();
        MatchKeys kb = b.keys();
        Tally tally = new Tally(explain);
        email(ka, kb, tally);
        if (both(ka.phone(), kb.phone())) {
            identifier(tally, ka.phone().equals(kb.phone()), Signal.SAME_PHONE, Signal.DIFFERENT_PHONES,
                    ka.phone(), kb.phone());
        }
        if (both(ka.websiteDomain(), kb.websiteDomain())) {
            // a company's website is the company; for people it is their company, said by colleagues too
            boolean same = ka.websiteDomain().equals(kb.websiteDomain());
            Signal signal = same ? Signal.SAME_WEBSITE : Signal.DIFFERENT_WEBSITES;
            if (rules.people()) {
                tally.add(signal, rules.level(signal).bits(), "", same ? new String[] {ka.websiteDomain()}
                        : new String[] {ka.websiteDomain(), kb.websiteDomain()});
            } else {
                identifier(tally, same, Signal.SAME_WEBSITE, Signal.DIFFERENT_WEBSITES, ka.websiteDomain(),
                        kb.websiteDomain());
            }
            tally.companyAgrees |= same;
        }
        if (both(ka.personName(), kb.personName())) {
            personName(ka.personName(), kb.personName(), tally);
        }
        if (both(ka.companyName(), kb.companyName())) {
            companyName(ka.companyName(), kb.companyName(), tally);
        }
        if (both(ka.country(), kb.country())) {
            boolean same = ka.country().equals(kb.country());
            Signal signal = same ? Signal.SAME_COUNTRY : Signal.DIFFERENT_COUNTRIES;
            tally.add(signal, rules.level(signal).bits(), "", same ? new String[] {ka.country()}
                    : new String[] {ka.country(), kb.country()});
            tally.countryAgrees = same;
        }
        return tally;
    }

    /**
     * The mailbox is an identifier; the company's email domain is, for people, company evidence (for companies an
     * identifier). Two mailboxes on two company domains are one disagreement, said as the domains.
     */
    private void email(MatchKeys ka, MatchKeys kb, Tally tally) {
        boolean mailboxes = both(ka.mailbox(), kb.mailbox());
        boolean domains = both(ka.emailDomain(), kb.emailDomain());
        if (mailboxes && ka.mailbox().equals(kb.mailbox())) {
            identifier(tally, true, Signal.SAME_MAILBOX, null, ka.mailbox());
            tally.companyAgrees |= ka.emailDomain() != null;
            return;
        }
        boolean sameDomain = domains && ka.emailDomain().equals(kb.emailDomain());
        if (mailboxes && !(domains && !sameDomain)) {
            identifier(tally, false, null, Signal.DIFFERENT_MAILBOXES, ka.mailbox(), kb.mailbox());
        }
        if (domains) {
            Signal signal = sameDomain ? Signal.SAME_EMAIL_DOMAIN : Signal.DIFFERENT_EMAIL_DOMAINS;
            tally.add(signal, rules.level(signal).bits(), "", sameDomain ? new String[] {ka.emailDomain()}
                    : new String[] {ka.emailDomain(), kb.emailDomain()});
            tally.companyAgrees |= sameDomain;
            if (!rules.people() || mailboxes && !sameDomain) {
                tally.identifierAgrees |= sameDomain;
                tally.identifierDisagrees |= !sameDomain;
            }
        }
    }

    private void identifier(Tally tally, boolean same, Signal agree, Signal disagree, String first, String second) {
        Signal signal = same ? agree : disagree;
        tally.add(signal, rules.level(signal).bits(), "", same ? new String[] {first} : new String[] {first, second});
        tally.identifierAgrees |= same;
        tally.identifierDisagrees |= !same;
    }

    private void identifier(Tally tally, boolean same, Signal agree, Signal disagree, String value) {
        identifier(tally, same, agree, disagree, value, value);
    }

    /**
     * Names in another script meet their Latin form ({@link NameSimilarity#romanized}); a name's weight depends on
     * how common it is in the tenant; different numbers ("Buyer 1", "Buyer 2") are different people.
     */
    private void personName(String first, String second, Tally tally) {
        String a = latin(first);
        String b = latin(second);
        String said = first.equals(a) ? a : first + " = " + a;
        if (differentNumbers(a, b)) {
            tally.add(Signal.DIFFERENT_NUMBERS, rules.level(Signal.DIFFERENT_NUMBERS).bits(), "", first, second);
            tally.personDisagrees = true;
            return;
        }
        if (a.equals(b)) {
            MatchRules.Level level = rules.level(Signal.SAME_PERSON_NAME);
            double share = frequencies.personName(a, level.u());
            tally.add(Signal.SAME_PERSON_NAME, level.bits(share), shareSaid(share), said);
            tally.personAgrees = true;
            return;
        }
        double alike = similarity.between(a, b);
        if (alike >= PERSON_ALIKE || wordsWithin(a, b)) {
            tally.add(Signal.SIMILAR_PERSON_NAMES, rules.level(Signal.SIMILAR_PERSON_NAMES).bits(),
                    String.format(Locale.ROOT, "%.2f", alike), first, second);
            tally.personAgrees = true;
            return;
        }
        tally.add(Signal.DIFFERENT_PERSON_NAMES, rules.level(Signal.DIFFERENT_PERSON_NAMES).bits(), "", first, second);
        tally.personDisagrees = true;
    }

    /** How alike two person's names must be to be one name misspelt ("jon smith", "john smith"). */
    static final double PERSON_ALIKE = 0.93;

    /**
     * The same core name counts by how common it is; an alike one by how much its shared words tell (the rare
     * words of a name say more than "trading" or "hardware"); different numbers ("Import Co 1", "Import Co 2",
     * "Plant 3") are different companies.
     */
    private void companyName(String a, String b, Tally tally) {
        if (differentNumbers(a, b)) {
            tally.add(Signal.DIFFERENT_NUMBERS, rules.level(Signal.DIFFERENT_NUMBERS).bits(), "", a, b);
            return;
        }
        if (a.equals(b)) {
            MatchRules.Level level = rules.level(Signal.SAME_COMPANY_NAME);
            double share = frequencies.companyName(a, level.u());
            tally.add(Signal.SAME_COMPANY_NAME, level.bits(share), shareSaid(share), a);
            tally.companyAgrees = true;
            return;
        }
        double alike = similarity.between(a, b);
        if (alike >= rules.nameThreshold()) {
            double told = sharedWordsTell(a, b);
            if (told >= 0.5) {
                tally.add(Signal.SIMILAR_COMPANY_NAMES, rules.level(Signal.SIMILAR_COMPANY_NAMES).bits() * told,
                        String.format(Locale.ROOT, "%.2f, shared words tell %.0f%%", alike, told * 100), a, b);
                tally.companyAgrees = true;
            }
            return;
        }
        tally.add(Signal.DIFFERENT_COMPANY_NAMES, rules.level(Signal.DIFFERENT_COMPANY_NAMES).bits(), "", a, b);
    }

    /** Of all that the two names' words tell (their weights), the part told by words both have (or nearly). */
    private double sharedWordsTell(String a, String b) {
        if (a.replace(" ", "").equals(b.replace(" ", ""))) {
            return 1.0; // a space slipped: "ningbox inyu" is "ningbo xinyu"
        }
        List<String> wordsA = CompanyName.words(a);
        List<String> wordsB = CompanyName.words(b);
        double shared = 0;
        double all = 0;
        for (List<String>[] pair : List.of(new List[] {wordsA, wordsB}, new List[] {wordsB, wordsA})) {
            for (String word : pair[0]) {
                double weight = frequencies.companyWordWeight(word);
                all += weight;
                if (pair[1].stream().anyMatch(other -> other.equals(word)
                        || similarity.between(word, other) >= WORD_ALIKE)) {
                    shared += weight;
                }
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    /** How alike two words must be to be one word misspelt. */
    static final double WORD_ALIKE = 0.9;

    private String latin(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x24F) {
                return PersonName.normalize(similarity.romanized(name));
            }
        }
        return name;
    }

    /** Every word of the shorter name is in the longer: "maria garcia" and "garcia lopez maria". */
    private static boolean wordsWithin(String a, String b) {
        List<String> wordsA = List.of(a.split(" "));
        List<String> wordsB = List.of(b.split(" "));
        return wordsA.size() != wordsB.size() && wordsA.size() >= 2 && wordsB.size() >= 2
                && (wordsA.containsAll(wordsB) || wordsB.containsAll(wordsA));
    }

    /** Both names have digits and not the same ones, in order: "import co 1" and "import co 2". */
    static boolean differentNumbers(String a, String b) {
        String digitsA = digits(a);
        String digitsB = digits(b);
        return !digitsA.isEmpty() && !digitsB.isEmpty() && !digitsA.equals(digitsB);
    }

    private static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    private static String shareSaid(double share) {
        return String.format(Locale.ROOT, "shared by 1 in %,.0f", 1 / share);
    }

    private static boolean both(String a, String b) {
        return a != null && b != null;
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
        if (frequencies == ValueFrequencies.NONE) {
            return measuring(all).clusters(all);
        }
        UnionFind groups = new UnionFind();
        for (BlockKind kind : BlockKind.values()) {
            Map<String, List<Candidate>> blocks = new HashMap<>();
            for (Candidate candidate : all) {
                String key = kind == BlockKind.PERSON && candidate.keys().personName() != null
                        ? latin(candidate.keys().personName()) : kind.key.apply(candidate.keys());
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
