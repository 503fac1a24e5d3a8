package io.tenantcrm.core.sla;

import java.time.LocalTime;
import java.util.Objects;

/** One stretch of a working day, e.g. 08:00-12:00; it ends the same day (no stretch runs past midnight). */
public record OpeningPeriod(LocalTime start, LocalTime end) {

    public OpeningPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("an opening period starts before it ends, was " + start + "-" + end);
        }
    }

    public static OpeningPeriod of(String start, String end) {
        return new OpeningPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
