package io.tenantcrm.core.dedupe;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One piece of a duplicate score: what was found ({@link Signal}), the values it was found on, and its weight in
 * bits: log2 of how much likelier this finding is for one customer than for two (positive for, negative against).
 * {@code detail} adds what the weight rests on (a similarity, a name's frequency), or is empty.
 */
public record Evidence(Signal signal, List<String> values, double weight, String detail) {

    public Evidence {
        Objects.requireNonNull(signal, "signal");
        values = List.copyOf(values);
        detail = detail == null ? "" : detail;
    }

    /** The stable code of the signal, for a screen to translate. */
    public String code() {
        return signal.code();
    }

    /** In English: "different email domains nbtrading.com / ningbohw.cn: -3.6". */
    public String reason() {
        return signal.say(values.toArray()) + (detail.isEmpty() ? "" : " (" + detail + ")")
                + String.format(Locale.ROOT, ": %+.1f", weight);
    }
}
