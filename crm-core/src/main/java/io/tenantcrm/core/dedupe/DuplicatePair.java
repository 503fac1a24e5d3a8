package io.tenantcrm.core.dedupe;

import java.util.List;

/**
 * Two records that may be one customer: how likely (0..1), whether surely, and the evidence for and against, each
 * piece with its code and weight; {@code reasons} says the same in English.
 */
public record DuplicatePair(String first, String second, double score, List<String> reasons, boolean sure,
                            List<Evidence> evidence) {

    public DuplicatePair {
        reasons = List.copyOf(reasons);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A pair whose reasons are its evidence in English. */
    public static DuplicatePair of(String first, String second, double score, List<Evidence> evidence, boolean sure) {
        return new DuplicatePair(first, second, score, evidence.stream().map(Evidence::reason).toList(), sure,
                evidence);
    }

    /** The same pair with its second record named otherwise (an import row become the lead it created). */
    public DuplicatePair withSecond(String second) {
        return new DuplicatePair(first, second, score, reasons, sure, evidence);
    }
}
