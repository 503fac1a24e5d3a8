package io.tenantcrm.core.sla;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessHoursTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final BusinessHours BERLIN_OFFICE = BusinessHours.weekdays(BERLIN, "09:00", "17:00",
            Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)));

    static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    @Test
    void a_lead_five_minutes_before_closing_is_due_25_minutes_into_the_next_business_day() {
        Instant received = berlin("2026-11-25T16:55"); // a Wednesday

        assertThat(BERLIN_OFFICE.plus(received, Duration.ofMinutes(30))).isEqualTo(berlin("2026-11-26T09:25"));
    }

    @Test
    void friday_evening_runs_on_into_monday() {
        assertThat(BERLIN_OFFICE.plus(berlin("2026-11-27T16:50"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-11-30T09:20"));
        assertThat(BERLIN_OFFICE.plus(berlin("2026-11-28T11:00"), Duration.ofMinutes(30)))
                .as("received on a Saturday").isEqualTo(berlin("2026-11-30T09:30"));
    }

    @Test
    void holidays_are_skipped() {
        // Thursday 24 December 16:45; the 25th and 26th are holidays, the 27th a Sunday
        assertThat(BERLIN_OFFICE.plus(berlin("2026-12-24T16:45"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-12-28T09:15"));
    }

    @Test
    void the_clock_counts_business_time_across_a_daylight_saving_change() {
        // Berlin springs forward on Sunday 29 March 2026 and falls back on Sunday 25 October 2026
        assertThat(BERLIN_OFFICE.plus(berlin("2026-03-27T16:30"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-03-30T09:30"));
        assertThat(Duration.between(berlin("2026-03-27T16:30"), berlin("2026-03-30T09:30")))
                .as("the wall clock skipped an hour").isEqualTo(Duration.ofHours(64));
        assertThat(BERLIN_OFFICE.plus(berlin("2026-10-23T16:30"), Duration.ofHours(1)))
                .isEqualTo(berlin("2026-10-26T09:30"));
    }

    @Test
    void a_period_that_spans_the_change_is_an_hour_shorter_that_day() {
        BusinessHours night = new BusinessHours(NEW_YORK, Map.of(DayOfWeek.SUNDAY,
                List.of(OpeningPeriod.of("01:00", "04:00"))), Set.of());
        Instant sundayOpen = ZonedDateTime.of(2026, 3, 8, 1, 0, 0, 0, NEW_YORK).toInstant();

        assertThat(night.between(sundayOpen, sundayOpen.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(2));
        assertThat(night.plus(sundayOpen, Duration.ofHours(2)))
                .isEqualTo(ZonedDateTime.of(2026, 3, 8, 4, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void business_time_between_two_instants_leaves_out_nights_weekends_and_holidays() {
        assertThat(BERLIN_OFFICE.between(berlin("2026-11-27T16:00"), berlin("2026-11-30T10:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(BERLIN_OFFICE.between(berlin("2026-11-30T10:00"), berlin("2026-11-27T16:00"))).isZero();
        assertThat(BERLIN_OFFICE.isOpen(berlin("2026-12-25T10:00"))).isFalse();
        assertThat(BERLIN_OFFICE.isOpen(berlin("2026-12-28T10:00"))).isTrue();
    }

    @Test
    void split_days_and_round_the_clock_work_too() {
        BusinessHours lunchBreak = new BusinessHours(BERLIN, Map.of(DayOfWeek.MONDAY,
                List.of(OpeningPeriod.of("13:00", "17:00"), OpeningPeriod.of("08:00", "12:00"))), Set.of());
        assertThat(lunchBreak.plus(berlin("2026-11-30T11:45"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-11-30T13:15"));
        assertThat(BusinessHours.always(BERLIN).plus(berlin("2026-11-28T23:50"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-11-29T00:20"));
    }

    @Test
    void a_schedule_without_opening_or_with_overlaps_is_refused() {
        assertThatThrownBy(() -> new BusinessHours(BERLIN, Map.of(), Set.of()))
                .hasMessageContaining("at least one opening period");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, Map.of(DayOfWeek.MONDAY, List.of(
                OpeningPeriod.of("08:00", "12:00"), OpeningPeriod.of("11:00", "14:00"))), Set.of()))
                .hasMessageContaining("overlapping");
        assertThatThrownBy(() -> OpeningPeriod.of("17:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
