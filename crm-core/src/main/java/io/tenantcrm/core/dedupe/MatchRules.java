package io.tenantcrm.core.dedupe;

import java.util.EnumMap;
import java.util.Map;

/**
 * The match model's parameters, after Fellegi and Sunter: for each {@link Signal}, how often it is seen when two
 * records are one customer ({@code m}) and when they are two ({@code u}). Its weight is log2(m/u) bits, so an
 * agreement counts for and a disagreement against, each as much as it tells. A pair's score is the probability
 * that it is one customer: the weights summed onto the prior odds ({@code priorBits}). For names, {@code u} is
 * the default share of a name; the tenant's own {@link ValueFrequencies} replace it.
 * <p>
 * "Sure" means sure: a score of at least {@code sureAt} and either agreement on an identifier (mailbox, phone,
 * website) or on two independent fields (a person's name and the company, or for companies the name and the
 * country) with no identifier disagreeing. Kept apart from what is done about a duplicate (block, warn, allow).
 */
public record MatchRules(Map<Signal, Level> levels, double priorBits, double nameThreshold, boolean people,
                         double sureAt, double possibleAt) {

    /** How often a signal is seen for one customer ({@code m}) and for two ({@code u}), both above 0 and below 1. */
    public record Level(double m, double u) {
        public Level {
            if (!(m > 0 && m < 1) || !(u > 0 && u < 1)) {
                throw new IllegalArgumentException("m and u are probabilities between 0 and 1, not " + m + ", " + u);
            }
        }

        /** log2(m/u): the weight of the signal in bits with this {@code u}. */
        public double bits(double u) {
            return Math.log(m / u) / Math.log(2);
        }

        public double bits() {
            return bits(u);
        }
    }

    public MatchRules {
        levels = Map.copyOf(levels);
        for (Signal signal : Signal.values()) {
            if (!levels.containsKey(signal)) {
                throw new IllegalArgumentException("no level for " + signal);
            }
        }
        for (double threshold : new double[] {nameThreshold, sureAt, possibleAt}) {
            if (threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException("thresholds lie between 0 and 1");
            }
        }
        if (possibleAt > sureAt) {
            throw new IllegalArgumentException("a possible duplicate cannot need more than a sure one");
        }
    }

    public Level level(Signal signal) {
        return levels.get(signal);
    }

    /** The same model with other thresholds (a tenant's). */
    public MatchRules withThresholds(double sure, double possible) {
        return new MatchRules(levels, priorBits, nameThreshold, people, sure, Math.min(possible, sure));
    }

    /**
     * For people (leads, contacts). Chosen on the first seed of the labelled sets in crm-bench (hard cases and a
     * synthetic tenant), checked on the second: a mailbox or a phone is the person; their name with their company
     * is too; a different mailbox, phone, domain, country or number in a name counts against.
     */
    public static MatchRules defaults() {
        Map<Signal, Level> levels = new EnumMap<>(Signal.class);
        levels.put(Signal.SAME_MAILBOX, new Level(0.9, 0.000_001));
        levels.put(Signal.DIFFERENT_MAILBOXES, new Level(0.1, 0.99));
        levels.put(Signal.SAME_EMAIL_DOMAIN, new Level(0.85, 0.001));
        levels.put(Signal.DIFFERENT_EMAIL_DOMAINS, new Level(0.08, 0.99));
        levels.put(Signal.SAME_PHONE, new Level(0.85, 0.000_01));
        levels.put(Signal.DIFFERENT_PHONES, new Level(0.15, 0.99));
        levels.put(Signal.SAME_WEBSITE, new Level(0.9, 0.001));
        levels.put(Signal.DIFFERENT_WEBSITES, new Level(0.1, 0.99));
        levels.put(Signal.SAME_PERSON_NAME, new Level(0.85, 0.000_5));
        levels.put(Signal.SIMILAR_PERSON_NAMES, new Level(0.1, 0.002));
        levels.put(Signal.DIFFERENT_PERSON_NAMES, new Level(0.05, 0.99));
        levels.put(Signal.SAME_COMPANY_NAME, new Level(0.75, 0.001));
        levels.put(Signal.SIMILAR_COMPANY_NAMES, new Level(0.2, 0.000_5));
        levels.put(Signal.DIFFERENT_COMPANY_NAMES, new Level(0.05, 0.95));
        levels.put(Signal.DIFFERENT_NUMBERS, new Level(0.01, 0.5));
        levels.put(Signal.SAME_COUNTRY, new Level(0.95, 0.3));
        levels.put(Signal.DIFFERENT_COUNTRIES, new Level(0.03, 0.7));
        return new MatchRules(levels, -11, 0.88, true, 0.85, 0.6);
    }

    /** For companies (accounts): the website or email domain is the company; its name with its country is too. */
    public static MatchRules forCompanies() {
        Map<Signal, Level> levels = new EnumMap<>(defaults().levels());
        levels.put(Signal.SAME_EMAIL_DOMAIN, new Level(0.85, 0.000_05));
        levels.put(Signal.SAME_WEBSITE, new Level(0.9, 0.000_05));
        levels.put(Signal.DIFFERENT_COMPANY_NAMES, new Level(0.02, 0.99));
        levels.put(Signal.SAME_COMPANY_NAME, new Level(0.85, 0.001));
        return new MatchRules(levels, -8, 0.88, false, 0.85, 0.6);
    }

    /** The probability of one customer for this many bits of evidence. */
    double probability(double bits) {
        return 1 / (1 + Math.pow(2, -(priorBits + bits)));
    }
}
