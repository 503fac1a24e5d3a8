package io.tenantcrm.core.scoring;

import io.tenantcrm.core.shared.Wording;

/**
 * One scoring rule's verdict on one lead: which rule, what it read, and how many of its points it gave.
 * A rule that read nothing useful still appears, with 0 points, so the explanation is complete. What it read also
 * comes as a code and values ({@code said}: {@code answer} field and value, {@code not-stated}, {@code acceptable},
 * {@code target}, {@code no-reply}, ...), so a screen can say it in the reader's language.
 */
public record RuleHit(String rule, String input, int points, int maxPoints, Wording said) {

    /** A verdict whose input is said in English only. */
    public RuleHit(String rule, String input, int points, int maxPoints) {
        this(rule, input, points, maxPoints, null);
    }

    public boolean fired() {
        return points > 0;
    }

    @Override
    public String toString() {
        return rule + ": " + input + " -> " + points + "/" + maxPoints;
    }
}
