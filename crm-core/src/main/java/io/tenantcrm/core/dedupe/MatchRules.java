package io.tenantcrm.core.dedupe;

/**
 * How much each matching key counts (0..1), how alike names must be to count at all, and where a pair becomes a
 * possible or a sure duplicate. Keys combine like independent evidence: {@code 1 - (1-a)(1-b)...}, so two weak
 * keys together say more than either alone. Kept apart from what is done about a duplicate (block, warn, allow).
 */
public record MatchRules(double mailbox, double phone, double website, double emailDomain, double similarName,
                         double nameThreshold, double duplicateAt, double possibleAt) {

    public MatchRules {
        for (double weight : new double[] {mailbox, phone, website, emailDomain, similarName, nameThreshold,
                duplicateAt, possibleAt}) {
            if (weight < 0 || weight > 1) {
                throw new IllegalArgumentException("weights and thresholds lie between 0 and 1");
            }
        }
        if (possibleAt > duplicateAt) {
            throw new IllegalArgumentException("a possible duplicate cannot need more than a sure one");
        }
    }

    /** A mailbox or a phone is a person; a website, a company email domain or a close name are a company. */
    public static MatchRules defaults() {
        return new MatchRules(1.0, 0.9, 0.7, 0.5, 0.7, 0.88, 0.85, 0.6);
    }
}
