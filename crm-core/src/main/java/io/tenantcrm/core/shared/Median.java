package io.tenantcrm.core.shared;

import java.util.List;

/**
 * The median, which health signals and reports use for durations: one slow deal should not move the figure the
 * way it moves an average.
 */
public final class Median {

    private Median() {
    }

    /** The middle value (mean of the two middle ones for an even count); 0 for no values. */
    public static double of(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
