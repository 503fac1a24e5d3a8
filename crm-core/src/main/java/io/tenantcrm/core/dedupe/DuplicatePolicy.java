package io.tenantcrm.core.dedupe;

import java.util.Objects;

/**
 * A tenant's duplicate rules: from which score a pair is a sure duplicate and from which a possible one (the
 * model's weights are the platform's, {@link MatchRules}; its name frequencies the tenant's own), and the answer at each point a record comes in: a
 * lead on intake, a new account on conversion, a row on import. By default intake and conversion warn (a person
 * decides) and an import skips sure duplicates (nobody reads a warning on row 40 000). A possible threshold above
 * the sure one is taken as the sure one.
 */
public record DuplicatePolicy(DuplicateAction onIntake, DuplicateAction onConversion, DuplicateAction onImport,
                              double sureAt, double possibleAt) {

    public DuplicatePolicy {
        Objects.requireNonNull(onIntake, "onIntake");
        Objects.requireNonNull(onConversion, "onConversion");
        Objects.requireNonNull(onImport, "onImport");
        if (!(sureAt > 0 && sureAt <= 1) || !(possibleAt > 0 && possibleAt <= 1)) {
            throw new IllegalArgumentException("thresholds lie above 0 and at most 1");
        }
        possibleAt = Math.min(possibleAt, sureAt);
    }

    public static DuplicatePolicy defaults() {
        MatchRules rules = MatchRules.defaults();
        return new DuplicatePolicy(DuplicateAction.WARN, DuplicateAction.WARN, DuplicateAction.BLOCK,
                rules.sureAt(), rules.possibleAt());
    }

    /** The platform's weights with this tenant's thresholds. */
    public MatchRules applyTo(MatchRules rules) {
        return rules.withThresholds(sureAt, possibleAt);
    }
}
