package io.tenantcrm.core.dedupe;

/**
 * How much each matching key counts (0..1), how alike names must be to count at all, and where a pair becomes a
 * possible or a sure duplicate. Keys combine like independent evidence: {@code 1 - (1-a)(1-b)...}, so two weak
 * keys together say more than either alone. Kept apart from what is done about a duplicate (block, warn, allow).
 */
public record MatchRules(double mailbox, double phone, double personName, double website, double emailDomain,
                         double similarName, double nameThreshold, double duplicateAt, double possibleAt) {

    public MatchRules {
        for (double weight : new double[] {mailbox, phone, personName, website, emailDomain, similarName,
                nameThreshold, duplicateAt, possibleAt}) {
            if (weight < 0 || weight > 1) {
                throw new IllegalArgumentException("weights and thresholds lie between 0 and 1");
            }
        }
        if (possibleAt > duplicateAt) {
            throw new IllegalArgumentException("a possible duplicate cannot need more than a sure one");
        }
    }

    /**
     * For people (leads, contacts): a mailbox or a phone is the person; their name with their company's evidence
     * (its name, email domain or website) is too; company evidence alone is a colleague, not the same person.
     */
    public static MatchRules defaults() {
        return new MatchRules(1.0, 0.9, 0.75, 0.45, 0.4, 0.45, 0.88, 0.85, 0.6);
    }

    /** For companies (accounts): the website, the email domain or a close name say it is the same company. */
    public static MatchRules forCompanies() {
        return new MatchRules(0.6, 0.7, 0.0, 0.9, 0.8, 0.8, 0.88, 0.85, 0.6);
    }
}
