package io.tenantcrm.bench;

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
 * A labelled data set for duplicate detection, the same for a given seed: companies with their people, each
 * person arriving one to three times (a marketplace inquiry, a trade-show card, an email) with the noise such
 * channels bring: case, legal forms, a typo in the company name, Gmail dots and tags, national or international
 * phone formats, names in either order, missing fields. Each record carries the id of the person it truly is.
 */
public final class SyntheticCustomers {

    /** A record and the customer it truly belongs to. */
    public record Labelled(Candidate candidate, int person) {
    }

    private static final String[] STEMS = {"Shen", "zhen", "Nord", "Costa", "Valv", "Pump", "Hydro", "Flux", "Terra",
        "Atlas", "Orion", "Vega", "Delta", "Kappa", "Sigma", "Polar", "Sun", "Rio", "Alta", "Bright", "Iron", "Oak",
        "Pine", "River", "Stone", "Blue", "Red", "Green", "Gold", "Silver", "Star", "Wave", "Peak", "Core", "Link"};
    private static final String[] TRADES = {"Pumps", "Valves", "Fittings", "Seals", "Textiles", "Foods", "Tools",
        "Bearings", "Motors", "Plastics", "Chemicals", "Electronics", "Steel", "Packaging", "Furniture"};
    private static final String[] FORMS = {"Co., Ltd.", "Ltd", "GmbH", "LLC", "S.A.", "Lda", "AB", "Inc.", "Sp. z o.o.",
        "BV", "Pty Ltd", ""};
    private static final String[] COUNTRIES = {"CN", "DE", "PT", "US", "PL", "SE", "BR", "IN", "GB", "NL"};
    private static final String[] CALLING = {"86", "49", "351", "1", "48", "46", "55", "91", "44", "31"};
    private static final String[] TRUNK = {"0", "0", "", "1", "", "0", "0", "0", "0", "0"};
    private static final String[] FIRST = {"li", "wei", "ana", "rui", "jan", "eva", "ola", "raj", "tom", "mia", "kai",
        "lea", "noah", "emma", "luca", "sofia", "chen", "yan", "arjun", "priya", "joao", "marta", "piotr", "zofia"};
    private static final String[] LAST = {"wang", "zhang", "costa", "silva", "nowak", "berg", "lind", "patel", "smith",
        "jones", "meyer", "schmidt", "santos", "kumar", "lee", "kowalski", "larsen", "devries", "oliveira", "sharma"};

    private SyntheticCustomers() {
    }

    public static List<Labelled> generate(long seed, int people) {
        Random random = new Random(seed);
        List<Labelled> records = new ArrayList<>();
        int person = 0;
        while (person < people) {
            int country = random.nextInt(COUNTRIES.length);
            String stem = STEMS[random.nextInt(STEMS.length)] + STEMS[random.nextInt(STEMS.length)].toLowerCase(Locale.ROOT)
                    + (random.nextInt(1000));
            String company = stem + " " + TRADES[random.nextInt(TRADES.length)];
            String domain = stem.toLowerCase(Locale.ROOT) + ".example";
            String form = FORMS[random.nextInt(FORMS.length)];
            int staff = 1 + random.nextInt(3);
            for (int s = 0; s < staff && person < people; s++, person++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)] + random.nextInt(100);
                boolean freeMail = random.nextInt(4) == 0;
                // a free mailbox is one person's: its local part is as unique as people make it (name and digits)
                String local = freeMail ? first + "." + last + "." + (1000 + random.nextInt(9000)) : first + "." + last;
                String mailbox = freeMail ? local + "@gmail.com" : local + "@" + domain;
                String subscriber = String.valueOf(20_000_000 + random.nextInt(70_000_000));
                int arrivals = 1 + random.nextInt(3);
                for (int a = 0; a < arrivals; a++) {
                    records.add(new Labelled(variant(random, "r" + records.size(), first, last, mailbox, freeMail,
                            country, subscriber, company, form, domain), person));
                }
            }
        }
        return records;
    }

    private static Candidate variant(Random random, String id, String first, String last, String mailbox,
                                     boolean freeMail, int country, String subscriber, String company, String form,
                                     String domain) {
        // family name first or last, any case, sometimes not written at all
        String person = random.nextBoolean() ? first + " " + last : last.toUpperCase(Locale.ROOT) + ", " + first;
        if (random.nextInt(8) == 0) {
            person = null;
        }
        String email = mailbox;
        if (freeMail && random.nextBoolean()) {
            String local = mailbox.substring(0, mailbox.indexOf('@'));
            email = local.replace(".", random.nextBoolean() ? "" : ".") + (random.nextBoolean() ? "+fair" : "")
                    + "@gmail.com";
        }
        if (random.nextBoolean()) {
            email = email.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(5) == 0) {
            email = null; // a card without an email
        }
        String phone = null;
        if (random.nextInt(3) > 0) {
            phone = random.nextBoolean() ? "+" + CALLING[country] + " " + subscriber
                    : TRUNK[country] + subscriber.substring(0, 3) + " " + subscriber.substring(3);
        }
        String name = company + " " + (random.nextBoolean() ? form : FORMS[random.nextInt(FORMS.length)]);
        if (random.nextInt(4) == 0) {
            name = typo(random, name);
        }
        if (random.nextBoolean()) {
            name = name.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(6) == 0) {
            name = null;
        }
        String website = random.nextInt(3) == 0 ? "https://www." + domain : null;
        return new Candidate(id, MatchKeys.of(person, email == null ? null : EmailAddress.of(email),
                phone == null ? null : PhoneNumber.parse(phone, CountryCode.of(COUNTRIES[country])), name, website));
    }

    private static String typo(Random random, String name) {
        int at = 1 + random.nextInt(Math.max(1, Math.min(name.length() - 2, 8)));
        char[] letters = name.toCharArray();
        char swap = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swap;
        return new String(letters);
    }
}
