package io.tenantcrm.core.dedupe;

import java.util.Objects;

/**
 * A tenant's answer to duplicates at each point a record comes in: a lead on intake, a new account on conversion,
 * a row on import. By default intake and conversion warn (a person decides) and an import skips sure duplicates
 * (nobody reads a warning on row 40 000).
 */
public record DuplicatePolicy(DuplicateAction onIntake, DuplicateAction onConversion, DuplicateAction onImport) {

    public DuplicatePolicy {
        Objects.requireNonNull(onIntake, "onIntake");
        Objects.requireNonNull(onConversion, "onConversion");
        Objects.requireNonNull(onImport, "onImport");
    }

    public static DuplicatePolicy defaults() {
        return new DuplicatePolicy(DuplicateAction.WARN, DuplicateAction.WARN, DuplicateAction.BLOCK);
    }
}
