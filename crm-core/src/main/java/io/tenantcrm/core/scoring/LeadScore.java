package io.tenantcrm.core.scoring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A lead's qualification score (0-100), its grade, what to do with it, and the explanation: every rule with what
 * it read and the points it gave. The score is the points earned as a share of the points the model can give.
 */
public record LeadScore(int score, Grade grade, Recommendation recommendation, List<RuleHit> hits) {

    /** High scores convert to deals now; the rest go to the nurture queue. */
    public enum Recommendation {
        CONVERT_NOW,
        NURTURE
    }

    public LeadScore {
        hits = List.copyOf(hits);
    }

    /** "72/100 (B, convert now): need clarity: needClarity=SPECS_OR_DRAWINGS -> 20/20; ..." */
    public String explain() {
        return score + "/100 (" + grade + ", " + recommendation.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + "): " + hits.stream().map(RuleHit::toString).collect(Collectors.joining("; "));
    }
}
