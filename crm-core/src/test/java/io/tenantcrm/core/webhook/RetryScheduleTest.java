package io.tenantcrm.core.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    @Test
    void pauses_double_from_the_first_up_to_the_longest_and_stop_after_the_last_try() {
        RetrySchedule schedule = new RetrySchedule(6, Duration.ofSeconds(30), Duration.ofMinutes(3));

        assertThat(schedule.pauseAfter(1)).contains(Duration.ofSeconds(30));
        assertThat(schedule.pauseAfter(2)).contains(Duration.ofSeconds(60));
        assertThat(schedule.pauseAfter(3)).contains(Duration.ofSeconds(120));
        assertThat(schedule.pauseAfter(4)).contains(Duration.ofMinutes(3));
        assertThat(schedule.pauseAfter(5)).contains(Duration.ofMinutes(3));
        assertThat(schedule.pauseAfter(6)).isEmpty();
    }

    @Test
    void the_default_keeps_trying_for_hours_not_days() {
        Duration total = Duration.ZERO;
        for (int made = 1; RetrySchedule.DEFAULT.pauseAfter(made).isPresent(); made++) {
            total = total.plus(RetrySchedule.DEFAULT.pauseAfter(made).get());
        }
        assertThat(total).isBetween(Duration.ofHours(6), Duration.ofHours(24));
    }

    @Test
    void a_schedule_without_tries_or_with_a_longest_pause_below_the_first_is_refused() {
        assertThatThrownBy(() -> new RetrySchedule(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
