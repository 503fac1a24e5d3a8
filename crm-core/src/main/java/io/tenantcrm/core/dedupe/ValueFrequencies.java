package io.tenantcrm.core.dedupe;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How common names are among a tenant's records: agreement on a rare name says more than on "wang wei" in a tenant
 * full of them (the u-probability of Fellegi and Sunter: how often two different customers agree by chance). Only
 * values seen at least {@value #KEPT_FROM} times are kept, so the table stays small at any size: a value not in it
 * is rare. Shares are smoothed towards a default, so a young tenant with few records is not taken at its word.
 */
public final class ValueFrequencies {

    /** Values rarer than this are not kept: they count as rare, which they are. */
    public static final int KEPT_FROM = 3;
    /** How many records' worth of weight the default share has against what the tenant's data says. */
    private static final double PRIOR_RECORDS = 500;

    /** No data: every share is its default. */
    public static final ValueFrequencies NONE = new ValueFrequencies(0, Map.of(), Map.of(), Map.of());

    private final long records;
    private final Map<String, Integer> personNames;
    private final Map<String, Integer> companyNames;
    private final Map<String, Integer> companyWords;

    /**
     * @param records      how many records the counts are over
     * @param personNames  normalized person's names ({@link PersonName}) and how many records have each
     * @param companyNames core company names ({@link CompanyName}) and their counts
     * @param companyWords the words of core company names and how many names have each
     */
    public ValueFrequencies(long records, Map<String, Integer> personNames, Map<String, Integer> companyNames,
                            Map<String, Integer> companyWords) {
        if (records < 0) {
            throw new IllegalArgumentException("a count of records is not negative");
        }
        this.records = records;
        this.personNames = Map.copyOf(personNames);
        this.companyNames = Map.copyOf(companyNames);
        this.companyWords = Map.copyOf(companyWords);
    }

    /** The frequencies in these records (a scan's, a file's), common values only. */
    public static ValueFrequencies of(Collection<Candidate> all) {
        Map<String, Integer> persons = new HashMap<>();
        Map<String, Integer> companies = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (Candidate candidate : all) {
            MatchKeys keys = candidate.keys();
            if (keys.personName() != null) {
                persons.merge(keys.personName(), 1, Integer::sum);
            }
            if (keys.companyName() != null) {
                companies.merge(keys.companyName(), 1, Integer::sum);
                for (String word : CompanyName.words(keys.companyName())) {
                    words.merge(word, 1, Integer::sum);
                }
            }
        }
        return new ValueFrequencies(all.size(), common(persons), common(companies), common(words));
    }

    private static Map<String, Integer> common(Map<String, Integer> counts) {
        counts.values().removeIf(count -> count < KEPT_FROM);
        return counts;
    }

    public long records() {
        return records;
    }

    /** The share of records with this person's name, smoothed towards {@code fallback}. */
    public double personName(String name, double fallback) {
        return share(personNames, name, fallback);
    }

    /** The share of records with this core company name, smoothed towards {@code fallback}. */
    public double companyName(String name, double fallback) {
        return share(companyNames, name, fallback);
    }

    /**
     * How much a word of a company name tells (its inverse document frequency, at least a little): "trading" in a
     * tenant of traders tells little, "ningbohw" much.
     */
    public double companyWordWeight(String word) {
        double count = companyWords.getOrDefault(word, 1);
        return Math.log((records + 2.0) / (count + 1.0)) + 0.1;
    }

    /**
     * The chance that another record has this value by chance: the records having it besides the one compared
     * with (a value not kept is one record's at most, as far as it matters), smoothed towards the default.
     */
    private double share(Map<String, Integer> counts, String value, double fallback) {
        double others = Math.max(0, Math.min(counts.getOrDefault(value, 1), records) - 1);
        return (others + PRIOR_RECORDS * fallback) / (records + PRIOR_RECORDS);
    }
}
