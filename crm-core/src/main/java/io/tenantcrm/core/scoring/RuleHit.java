package io.tenantcrm.core.scoring;

/**
 * One scoring rule's verdict on one lead: which rule, what it read, and how many of its points it gave.
 * A rule that read nothing useful still appears, with 0 points, so the explanation is complete.
 */
public record RuleHit(String rule, String input, int points, int maxPoints) {

    public boolean fired() {
        return points > 0;
    }

    @Override
    public String toString() {
        return rule + ": " + input + " -> " + points + "/" + maxPoints;
    }
}
