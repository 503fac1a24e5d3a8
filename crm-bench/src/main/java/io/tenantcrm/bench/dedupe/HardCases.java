package io.tenantcrm.bench.dedupe;

import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A labelled set of record pairs that are hard to tell apart, the same for a given seed. Hard negatives: the most
 * common Chinese and Western names at other companies, company names sharing most of their words, numbered
 * branches and import rows, colleagues at one company (sometimes behind one switchboard), a person who moved
 * company. Hard positives: typos in names, 王伟 / Wang Wei / Wei Wang, Gmail dots and plus tags, national and
 * international phone forms, legal forms and capitals, a card and a web form with no identifier in common; and
 * two where the evidence conflicts ({@link #CONFLICTING}: an English name beside the Chinese one, a work and a
 * private mailbox), which a careful model flags as possible rather than sure.
 * Each pair says which case it is, so a model's misses can be read case by case.
 */
public final class HardCases {

    /** Two records, whether they are truly one customer, and the case they stand for. */
    public record Pair(Candidate first, Candidate second, boolean same, String kind) {
    }

    /** The most common names in the markets served, in Han characters and pinyin (family name first). */
    private static final String[][] CHINESE = {{"王伟", "Wang Wei"}, {"李娜", "Li Na"}, {"张伟", "Zhang Wei"},
        {"王芳", "Wang Fang"}, {"李伟", "Li Wei"}, {"刘洋", "Liu Yang"}, {"陈静", "Chen Jing"}, {"张敏", "Zhang Min"},
        {"王静", "Wang Jing"}, {"李强", "Li Qiang"}};
    private static final String[] WESTERN = {"Maria Garcia", "John Smith", "David Brown", "Anna Muller",
        "Jose Rodriguez", "Michael Johnson", "Ana Silva", "Peter Schmidt", "James Williams", "Laura Martinez"};
    /** Misspellings as people make them on a phone keyboard or a card reader. */
    private static final String[][] TYPOS = {{"John Smith", "Jon Smith"}, {"Maria Garcia", "Maria Garsia"},
        {"Michael Johnson", "Micheal Johnson"}, {"Laura Martinez", "Laura Martines"}, {"Peter Schmidt", "Peter Schmitt"},
        {"Jose Rodriguez", "Jose Rodrigues"}, {"James Williams", "James Wiliams"}, {"David Brown", "Dave Brown"},
        {"Anna Muller", "Anna Mueller"}, {"Ana Silva", "Ana da Silva"}};
    private static final String[] CITIES = {"Ningbo", "Shenzhen", "Yiwu", "Guangzhou", "Xiamen", "Hangzhou",
        "Foshan", "Dongguan"};
    private static final String[] BRANDS = {"Hongda", "Xinyu", "Jinli", "Huatai", "Mingfeng", "Tianrun", "Yongsheng",
        "Kaida", "Ruixin", "Haoyu", "Baolong", "Shengtai"};
    private static final String[] TRADES = {"Hardware", "Trading", "Textile", "Electronics", "Machinery",
        "Import and Export", "Industrial", "Packaging"};
    private static final String[] FORMS = {"Co., Ltd.", "Co Ltd", "Ltd", "Limited", ""};
    /** The buyers' side: countries with their calling code and trunk prefix. */
    private static final String[][] ABROAD = {{"DE", "49", "0"}, {"US", "1", "1"}, {"ES", "34", ""},
        {"BR", "55", "0"}, {"GB", "44", "0"}, {"IT", "39", ""}, {"FR", "33", "0"}, {"AE", "971", "0"}};

    private final Random random;
    private final List<Pair> pairs = new ArrayList<>();
    private int ids;

    private HardCases(long seed) {
        this.random = new Random(seed);
    }

    /** The cases whose pairs are one customer. */
    public static final java.util.Set<String> POSITIVE = java.util.Set.of("typo in name", "transliteration",
            "gmail dots and tags", "phone forms", "card and web form", "capitals and legal forms", "english name",
            "work and personal mail");

    /** The two cases where the evidence conflicts: one person, but no model can be sure of it. */
    public static final java.util.Set<String> CONFLICTING = java.util.Set.of("english name", "work and personal mail");

    /** {@code perCase} pairs of each of the fourteen cases. */
    public static List<Pair> generate(long seed, int perCase) {
        HardCases cases = new HardCases(seed);
        for (int i = 0; i < perCase; i++) {
            cases.commonNameElsewhere();
            cases.sharedCompanyWords();
            cases.numberedRows();
            cases.colleagues();
            cases.movedCompany();
            cases.commonNameOnFreeMail();
            cases.typoInName();
            cases.transliteration();
            cases.gmailDotsAndTags();
            cases.phoneForms();
            cases.cardAndWebForm();
            cases.capitalsAndLegalForms();
            cases.englishName();
            cases.workAndPersonalMail();
        }
        return List.copyOf(cases.pairs);
    }

    // ---- hard negatives

    /** One of the commonest names, at two unrelated companies. */
    private void commonNameElsewhere() {
        String name = commonName();
        Company a = company();
        Company b = company();
        different("common name, other company", person(name, a, local(name) + "@" + a.domain, chinesePhone(a)),
                person(name, b, local(name) + "@" + b.domain, chinesePhone(b)));
    }

    /** "Ningbo Hongda Hardware" and "Ningbo Hongda Hardware Trading": mostly the same words, two companies. */
    private void sharedCompanyWords() {
        String name = commonName();
        String city = pick(CITIES);
        String trade = pick(TRADES);
        String brand = pick(BRANDS);
        Company a = new Company(city + " " + brand + " " + trade + " " + pick(FORMS), domainOf(brand, trade), city);
        String second = random.nextBoolean() ? city + " " + brand + " " + trade + " Trading " + pick(FORMS)
                : city + " " + other(BRANDS, brand) + " " + trade + " " + pick(FORMS);
        Company b = new Company(second, domainOf(second.split(" ")[1], "trade"), city);
        Candidate first = person(name, a, random.nextBoolean() ? local(name) + "@" + a.domain : null,
                chinesePhone(a));
        Candidate other = person(name, b, local(name) + "@" + b.domain, first.keys().mailbox() == null
                ? chinesePhone(b) : (random.nextBoolean() ? chinesePhone(b) : null));
        different("shared company words", first, other);
    }

    /** Import rows and branches told apart only by a number: "Buyer 12, Import Co 12" and "Buyer 13, Import Co 13". */
    private void numberedRows() {
        int n = 1 + random.nextInt(5000);
        int m = n + 1 + random.nextInt(3);
        if (random.nextBoolean()) {
            Company a = new Company("Import Co " + n + " GmbH", "import" + n + ".example", null);
            Company b = new Company("Import Co " + m + " GmbH", "import" + m + ".example", null);
            different("numbered rows", person("Buyer " + n, a, "buyer" + n + "@" + a.domain, null),
                    person("Buyer " + m, b, "buyer" + m + "@" + b.domain, null));
        } else {
            String base = pick(CITIES) + " " + pick(BRANDS) + " Ceramics Plant ";
            Company a = new Company(base + (n % 9 + 1), null, null);
            Company b = new Company(base + (n % 9 + 2), null, null);
            String name = pick(WESTERN);
            different("numbered branches", person(name, a, null, abroadPhone()), person(name, b, null,
                    abroadPhone()));
        }
    }

    /** Two people of one company: its name, its domain, sometimes its switchboard, and the same family name. */
    private void colleagues() {
        Company company = company();
        String[] one = pick(CHINESE);
        String[] two = other(CHINESE, one);
        String switchboard = chinesePhone(company);
        boolean shared = random.nextInt(3) == 0;
        different("colleagues", person(one[1], company, local(one[1]) + "@" + company.domain, switchboard),
                person(two[1], company, local(two[1]) + "@" + company.domain, shared ? switchboard
                        : chinesePhone(company)));
    }

    /** The same name at a new company with a new email and phone: another customer's contact now. */
    private void movedCompany() {
        String name = pick(WESTERN);
        Company a = company();
        Company b = company();
        different("moved company", person(name, a, local(name) + "@" + a.domain, null),
                person(name, b, local(name) + "@" + b.domain, random.nextBoolean() ? chinesePhone(b) : null));
    }

    /** Two people with one common name writing from their own free mailboxes, in two countries. */
    private void commonNameOnFreeMail() {
        String name = pick(WESTERN);
        String[] here = pick(ABROAD);
        String[] there = other(ABROAD, here);
        add(new Pair(buyer(name, local(name) + random.nextInt(100) + "@gmail.com", null, here[0]),
                buyer(name, local(name) + "." + (100 + random.nextInt(900)) + "@gmail.com", null, there[0]),
                false, "common name, free mail"));
    }

    // ---- hard positives

    /** One buyer, their name misspelt once, at one company; one of them left the phone, the other the email. */
    private void typoInName() {
        String[] typo = pick(TYPOS);
        String[] country = pick(ABROAD);
        String company = pick(BRANDS) + pick(BRANDS).toLowerCase(Locale.ROOT) + " Imports "
                + pick(new String[] {"GmbH", "LLC", "S.L.", "Ltd"});
        String domain = local(company.split(" ")[0]) + "imports.example";
        String phone = "+" + country[1] + " " + (200_000_000 + random.nextInt(700_000_000));
        add(new Pair(buyer(typo[0], local(typo[0]) + "@" + domain, phone, country[0], company),
                buyer(typo[1], random.nextBoolean() ? local(typo[0]) + "@" + domain : null,
                        random.nextBoolean() ? phone : null, country[0], company.toUpperCase(Locale.ROOT)),
                true, "typo in name"));
    }

    /** 王伟 on a card, Wang Wei or Wei Wang on the inquiry; one phone, written nationally and internationally. */
    private void transliteration() {
        String[] name = pick(CHINESE);
        Company company = company();
        String phone = chinesePhone(company);
        String latin = random.nextBoolean() ? name[1] : name[1].split(" ")[1] + " " + name[1].split(" ")[0];
        add(new Pair(person(name[0], company, null, phone),
                person(latin, random.nextBoolean() ? company : null, random.nextBoolean()
                        ? local(name[1]) + "@" + company.domain : null, national(phone)),
                true, "transliteration"));
    }

    /** ana.costa+fair@gmail.com and anacosta@gmail.com are one mailbox. */
    private void gmailDotsAndTags() {
        String name = random.nextBoolean() ? pick(WESTERN) : pick(CHINESE)[1];
        String[] country = pick(ABROAD);
        String[] words = local(name).split("\\.");
        String tagged = words[0] + "." + words[1] + "+" + pick(new String[] {"fair", "canton", "alibaba"})
                + "@gmail.com";
        add(new Pair(buyer(name, tagged, null, country[0]),
                buyer(random.nextBoolean() ? name : null, words[0] + words[1] + "@gmail.com", null, country[0],
                        random.nextBoolean() ? pick(BRANDS) + " Trading" : null),
                true, "gmail dots and tags"));
    }

    /** +86 574 8765 4321 and 0574-8765 4321 are one phone; the name in the other order. */
    private void phoneForms() {
        String[] name = pick(CHINESE);
        Company company = company();
        String phone = chinesePhone(company);
        String[] parts = name[1].split(" ");
        add(new Pair(person(name[1], company, null, phone),
                person(parts[1] + ", " + parts[0].toUpperCase(Locale.ROOT), company, null, national(phone)),
                true, "phone forms"));
    }

    /** A trade-show card (name, company, phone) and a web form (name, company misspelt, email): nothing against. */
    private void cardAndWebForm() {
        String name = random.nextBoolean() ? pick(WESTERN) : pick(CHINESE)[1];
        Company company = company();
        String misspelt = swap(company.name);
        add(new Pair(person(name, company, null, chinesePhone(company)),
                person(name, new Company(misspelt, company.domain, company.city), local(name) + "@gmail.com", null),
                true, "card and web form"));
    }

    /** SHENZHEN PUMPS and Shenzhen Pumps Co., Ltd.; one mailbox in capitals. */
    private void capitalsAndLegalForms() {
        String name = pick(WESTERN);
        Company company = company();
        String mailbox = local(name) + "@" + company.domain;
        String core = company.name.replaceAll(" (Co\\., Ltd\\.|Co Ltd|Ltd|Limited)$", "");
        add(new Pair(person(name, company, mailbox, null),
                person(random.nextBoolean() ? name : null, new Company(core.toUpperCase(Locale.ROOT), company.domain,
                        company.city), mailbox.toUpperCase(Locale.ROOT), random.nextBoolean() ? chinesePhone(company)
                        : null),
                true, "capitals and legal forms"));
    }

    /** 李伟 on the company's card, "David Li" in the emails he writes abroad: one phone, two names. */
    private void englishName() {
        String[] name = pick(CHINESE);
        Company company = company();
        String phone = chinesePhone(company);
        String english = pick(new String[] {"David", "Kevin", "Tony", "Jack", "Coco", "Linda", "Vivian", "Sunny"})
                + " " + name[1].split(" ")[0];
        add(new Pair(person(name[0], company, null, phone),
                person(english, company, local(english) + "@" + company.domain, national(phone)),
                true, "english name"));
    }

    /** The same person at the same company, from the work mailbox once and a private one once: two mailboxes. */
    private void workAndPersonalMail() {
        String name = random.nextBoolean() ? pick(WESTERN) : pick(CHINESE)[1];
        Company company = company();
        add(new Pair(person(name, company, local(name) + "@" + company.domain, null),
                person(name, company, local(name) + (10 + random.nextInt(90)) + "@163.com", null),
                true, "work and personal mail"));
    }

    // ---- the parts

    /** A Chinese supplier: name, the domain its people write from, and its city (for the phone's area code). */
    private record Company(String name, String domain, String city) {
    }

    private Company company() {
        String city = pick(CITIES);
        String brand = pick(BRANDS) + (random.nextInt(4) == 0 ? "" : pick(BRANDS).toLowerCase(Locale.ROOT));
        String trade = pick(TRADES);
        return new Company(city + " " + brand + " " + trade + " " + pick(FORMS), domainOf(brand, trade), city);
    }

    private String domainOf(String brand, String trade) {
        return local(brand) + local(trade).substring(0, Math.min(3, local(trade).length()))
                + random.nextInt(100) + (random.nextBoolean() ? ".cn" : ".com");
    }

    private String commonName() {
        return random.nextBoolean() ? pick(CHINESE)[1] : pick(WESTERN);
    }

    private void different(String kind, Candidate first, Candidate second) {
        add(new Pair(first, second, false, kind));
    }

    private void add(Pair pair) {
        pairs.add(pair);
    }

    private Candidate person(String name, Company company, String email, String phone) {
        return record(name, email, phone, "CN", company == null ? null : company.name);
    }

    private Candidate buyer(String name, String email, String phone, String country) {
        return record(name, email, phone, country, null);
    }

    private Candidate buyer(String name, String email, String phone, String country, String company) {
        return record(name, email, phone, country, company);
    }

    private Candidate record(String name, String email, String phone, String country, String company) {
        CountryCode code = CountryCode.of(country);
        return new Candidate("r" + ids++, MatchKeys.of(name, email == null ? null : EmailAddress.of(email),
                phone == null ? null : PhoneNumber.parse(phone, code), company, null, code));
    }

    /** A Ningbo landline (0574) or a mobile, in international form. */
    private String chinesePhone(Company company) {
        String area = company == null || company.city == null ? "138"
                : new String[] {"574", "755", "579", "20", "592", "571", "757", "769"}[indexOf(CITIES, company.city)];
        int digits = area.length() == 2 ? 8 : (area.equals("138") ? 8 : 7 + random.nextInt(2));
        long subscriber = (long) Math.pow(10, digits - 1) * (2 + random.nextInt(7)) + random.nextInt((int) Math.pow(10,
                digits - 1));
        return "+86 " + area + " " + subscriber;
    }

    private String abroadPhone() {
        String[] country = pick(ABROAD);
        return "+" + country[1] + " " + (200_000_000 + random.nextInt(700_000_000));
    }

    /** +86 574 12345678 as dialled within China: 0574-12345678 (mobiles without the 0). */
    private static String national(String international) {
        String[] parts = international.split(" ");
        return (parts[1].startsWith("1") ? "" : "0") + parts[1] + "-" + parts[2];
    }

    private String swap(String name) {
        int at = 2 + random.nextInt(Math.max(1, Math.min(name.length() - 4, 10)));
        char[] letters = name.toCharArray();
        char c = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = c;
        return new String(letters);
    }

    private static String local(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").trim().replace(' ', '.');
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T other(T[] values, T not) {
        T value = pick(values);
        while (value.equals(not)) {
            value = pick(values);
        }
        return value;
    }

    private static int indexOf(String[] values, String value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(value)) {
                return i;
            }
        }
        return 0;
    }
}
