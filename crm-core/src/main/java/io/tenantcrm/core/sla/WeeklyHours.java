package io.tenantcrm.core.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Business hours written the way people write them on a door: {@code MON-FRI 09:00-17:00}, several groups
 * separated by {@code ;} ({@code MON-THU 08:00-12:00,13:00-17:00; FRI 08:00-14:00}), or {@code 24/7}.
 */
public final class WeeklyHours {

    private WeeklyHours() {
    }

    /** @throws IllegalArgumentException saying what does not read */
    public static BusinessHours parse(String text, ZoneId zone, Set<LocalDate> holidays) {
        String written = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (written.equals("24/7")) {
            return BusinessHours.always(zone);
        }
        Map<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (String group : written.split(";")) {
            String[] parts = group.strip().split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("'" + group.strip() + "' should read like MON-FRI 09:00-17:00");
            }
            List<OpeningPeriod> periods = new ArrayList<>();
            for (String period : parts[1].split(",")) {
                String[] times = period.strip().split("-");
                if (times.length != 2) {
                    throw new IllegalArgumentException("'" + period.strip() + "' should read like 09:00-17:00");
                }
                try {
                    periods.add(OpeningPeriod.of(times[0].strip(), times[1].strip()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + period.strip() + "' has no valid times");
                }
            }
            for (DayOfWeek day : days(parts[0])) {
                week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(periods);
            }
        }
        return new BusinessHours(zone, week, holidays);
    }

    /** Back to text, in the same form. */
    public static String format(BusinessHours hours) {
        return hours.week().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().substring(0, 3) + " " + e.getValue().stream()
                        .map(OpeningPeriod::toString).collect(Collectors.joining(",")))
                .collect(Collectors.joining("; "));
    }

    private static List<DayOfWeek> days(String range) {
        String[] ends = range.split("-");
        DayOfWeek first = day(ends[0]);
        DayOfWeek last = ends.length == 2 ? day(ends[1]) : first;
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek day = first; ; day = day.plus(1)) {
            days.add(day);
            if (day == last) {
                return days;
            }
        }
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation.strip()) && abbreviation.strip().length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + abbreviation.strip() + "' is not a day (MON, TUE, ... SUN)");
    }
}
