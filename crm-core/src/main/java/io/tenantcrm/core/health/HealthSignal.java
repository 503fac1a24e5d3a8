package io.tenantcrm.core.health;

/**
 * One input of a deal's health: what was measured, its value, the threshold it was held against, and the color it
 * gives (GREEN when it is fine). Values are kept as numbers so rating a million deals costs no text; {@link
 * #describe()} renders the explanation when someone asks.
 */
public record HealthSignal(Kind kind, long value, long threshold, HealthColor effect) {

    /** What a signal measures, and in which unit its value and threshold are. */
    public enum Kind {
        /** Hours since the last activity (logged activity, email or stage change; field edits do not count). */
        HOURS_SINCE_ACTIVITY("hours since last activity", "h"),
        /** Hours the next step is overdue; 0 when it is not. */
        NEXT_STEP_OVERDUE_HOURS("next step overdue by", "h"),
        /** An open deal without a next step: value 1. */
        NO_NEXT_STEP("no next step", ""),
        /** Days in the current stage, against the stage's rotting days. */
        DAYS_IN_STAGE("days in stage", "d"),
        /** Fields the current stage requires that are empty. */
        MISSING_REQUIRED_FIELDS("required fields missing", ""),
        /** Days the expected close date is past; 0 when it is not. */
        CLOSE_DATE_PASSED_DAYS("expected close date passed by", "d");

        private final String label;
        private final String unit;

        Kind(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }
    }

    /** "hours since last activity: 200 h (threshold 72 h) -> YELLOW". */
    public String describe() {
        return kind.label + ": " + value + kind.unit + " (threshold " + threshold + kind.unit + ") -> " + effect;
    }
}
