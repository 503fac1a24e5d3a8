package io.tenantcrm.core.health;

/**
 * One leading signal of the process-health index: its value over the period, the target, whether more or less is
 * better, its weight, and the points it contributed. A signal without data in the period ({@code samples == 0})
 * contributes nothing and its weight is spread over the others.
 */
public record ProcessSignal(Name name, double value, double target, boolean higherIsBetter, int weight,
                            double contribution, int samples) {

    /** The signals of the brief. */
    public enum Name {
        A_TIER_TOUCHES_PER_WEEK("touches per week per A-tier account", ""),
        QUOTE_FEEDBACK_HOURS("median hours from quote sent to first customer feedback", "h"),
        OVERDUE_COLLECTIONS_ACTED_PERCENT("overdue collections acted on", "%"),
        NEED_CONFIRMATION_HOURS("median hours from inquiry to needs confirmed", "h"),
        STAGE_CONVERSION_PERCENT("stage moves forward rather than lost", "%"),
        DAYS_IN_STAGE("median days in a stage before moving on", "d");

        private final String label;
        private final String unit;

        Name(String label, String unit) {
            this.label = label;
            this.unit = unit;
        }

        public String label() {
            return label;
        }
    }

    public boolean hasData() {
        return samples > 0;
    }

    /** {@code "median hours from quote sent to first customer feedback: 30.0h (target <= 36.0h, 4 samples) -> 20.0/20"}. */
    public String describe() {
        if (!hasData()) {
            return name.label + ": no data in the period (weight " + weight + " spread over the others)";
        }
        return String.format(java.util.Locale.ROOT, "%s: %.1f%s (target %s %.1f%s, %d samples) -> %.1f/%d",
                name.label, value, name.unit, higherIsBetter ? ">=" : "<=", target, name.unit, samples,
                contribution, weight);
    }
}
