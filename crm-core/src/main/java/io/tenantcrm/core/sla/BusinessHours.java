package io.tenantcrm.core.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a tenant (or a person) works: opening periods per weekday in one time zone, minus holidays. SLA clocks run
 * only inside these hours. Each day's periods are turned into instants in the zone on that very date, so a
 * daylight-saving change is honoured (a period that spans the change is an hour shorter or longer that day).
 */
public final class BusinessHours {

    /** A clock never searches further than this for the next opening; a schedule without any is refused. */
    private static final int SEARCH_DAYS = 3_700;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<OpeningPeriod>> week;
    private final Set<LocalDate> holidays;

    public BusinessHours(ZoneId zone, Map<DayOfWeek, List<OpeningPeriod>> week, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        Map<DayOfWeek, List<OpeningPeriod>> copy = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, periods) -> {
            List<OpeningPeriod> sorted = periods.stream().sorted(Comparator.comparing(OpeningPeriod::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                    throw new IllegalArgumentException(day + " has overlapping periods " + sorted.get(i - 1)
                            + " and " + sorted.get(i));
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, sorted);
            }
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one opening period in the week");
        }
        this.week = Map.copyOf(copy);
        this.holidays = Set.copyOf(holidays);
    }

    /** Monday to Friday, one period a day. */
    public static BusinessHours weekdays(ZoneId zone, String open, String close, Set<LocalDate> holidays) {
        Map<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(OpeningPeriod.of(open, close)));
            }
        }
        return new BusinessHours(zone, week, holidays);
    }

    /** Around the clock, every day: for tenants whose SLAs count calendar time. */
    public static BusinessHours always(ZoneId zone) {
        Map<DayOfWeek, List<OpeningPeriod>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(new OpeningPeriod(LocalTime.MIN, LocalTime.MAX)));
        }
        return new BusinessHours(zone, week, Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, List<OpeningPeriod>> week() {
        return week;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public boolean isOpen(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return periodsOf(date).stream().anyMatch(p -> !at.isBefore(p[0]) && at.isBefore(p[1]));
    }

    /**
     * The instant {@code businessTime} of open time after {@code from}: a clock that runs only while the business
     * is open. Zero gives the first open instant at or after {@code from}.
     */
    public Instant plus(Instant from, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative");
        }
        Duration remaining = businessTime;
        LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); // a period of the day before may still run
        for (int day = 0; day < SEARCH_DAYS; day++, date = date.plusDays(1)) {
            for (Instant[] period : periodsOf(date)) {
                Instant start = period[0].isBefore(from) ? from : period[0];
                if (!start.isBefore(period[1])) {
                    continue;
                }
                Duration open = Duration.between(start, period[1]);
                if (remaining.compareTo(open) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(open);
            }
        }
        throw new IllegalStateException("no opening within " + SEARCH_DAYS + " days after " + from);
    }

    /** Open time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last);
             date = date.plusDays(1)) {
            for (Instant[] period : periodsOf(date)) {
                Instant start = period[0].isBefore(from) ? from : period[0];
                Instant end = period[1].isAfter(to) ? to : period[1];
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** E.g. "MONDAY 08:00-17:00, ... in Europe/Berlin, 2 holidays". */
    public String describe() {
        return week.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue().stream().map(OpeningPeriod::toString)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")) + " in " + zone + (holidays.isEmpty() ? ""
                : ", " + holidays.size() + " holiday" + (holidays.size() == 1 ? "" : "s"));
    }

    private List<Instant[]> periodsOf(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<Instant[]> instants = new ArrayList<>();
        for (OpeningPeriod period : week.getOrDefault(date.getDayOfWeek(), List.of())) {
            Instant start = ZonedDateTime.of(date, period.start(), zone).toInstant();
            Instant end = period.end().equals(LocalTime.MAX)
                    ? ZonedDateTime.of(date.plusDays(1), LocalTime.MIDNIGHT, zone).toInstant()
                    : ZonedDateTime.of(date, period.end(), zone).toInstant();
            instants.add(new Instant[] {start, end});
        }
        return instants;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessHours other && zone.equals(other.zone) && week.equals(other.week)
                && holidays.equals(other.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays);
    }

    @Override
    public String toString() {
        return describe();
    }
}
