package io.tenantcrm.core.sla;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BusinessHours OFFICE = BusinessHours.weekdays(BERLIN, "09:00", "17:00", Set.of());
    static final SlaPolicy POLICY = SlaPolicy.defaults();
    static final UserId RITA = UserId.of("rita");

    static Instant at(int month, int day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, zone).toInstant();
    }

    @Test
    void first_response_is_due_in_30_business_minutes_and_the_proposal_in_24_hours_inside_business_hours() {
        Instant friday = at(11, 27, 16, 0, BERLIN);

        assertThat(POLICY.firstResponseDue(friday, OFFICE)).isEqualTo(at(11, 27, 16, 30, BERLIN));
        assertThat(POLICY.initialProposalDue(friday, OFFICE)).as("Saturday 16:00 moves to Monday's opening")
                .isEqualTo(at(11, 30, 9, 0, BERLIN));
    }

    @Test
    void a_missed_clock_reminds_the_owner_then_the_manager_then_the_fallback_in_business_time() {
        Instant due = at(11, 27, 16, 45, BERLIN);

        assertThat(POLICY.escalationTimes(due, OFFICE)).containsExactly(at(11, 27, 16, 45, BERLIN),
                at(11, 30, 9, 15, BERLIN), at(11, 30, 10, 45, BERLIN));
        assertThat(POLICY.ladder()).extracting(EscalationStep::recipient).containsExactly(
                EscalationStep.Recipient.OWNER, EscalationStep.Recipient.MANAGER, EscalationStep.Recipient.FALLBACK);
    }

    @Test
    void quote_reminders_arrive_at_nine_in_the_customers_time_zone_on_weekdays() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant quoteSent = at(11, 25, 10, 0, BERLIN); // 17:00 in Shanghai, Wednesday

        List<Instant> reminders = POLICY.quoteReminders(quoteSent, shanghai);

        // day 3 is Saturday the 28th: moved to Monday; day 7 is Wednesday 2 December
        assertThat(reminders).containsExactly(at(11, 30, 9, 0, shanghai), at(12, 2, 9, 0, shanghai));
        ZoneId chicago = ZoneId.of("America/Chicago");
        assertThat(POLICY.quoteReminders(at(11, 25, 23, 30, BERLIN), chicago))
                .as("16:30 on the 25th in Chicago").containsExactly(at(11, 30, 9, 0, chicago), at(12, 2, 9, 0, chicago));
    }

    @Test
    void only_the_owners_outbound_reply_stops_the_first_response_clock() {
        assertThat(SlaPolicy.stopsFirstResponse(activity(ActivityType.CALL, Direction.OUTBOUND, RITA), RITA)).isTrue();
        assertThat(SlaPolicy.stopsFirstResponse(activity(ActivityType.EMAIL, Direction.INBOUND, RITA), RITA))
                .as("the buyer writing again").isFalse();
        assertThat(SlaPolicy.stopsFirstResponse(activity(ActivityType.NOTE, Direction.OUTBOUND, RITA), RITA))
                .as("a note to self").isFalse();
        assertThat(SlaPolicy.stopsFirstResponse(activity(ActivityType.CALL, Direction.OUTBOUND,
                UserId.of("mike")), RITA)).as("someone else calling").isFalse();
    }

    @Test
    void a_clock_tells_time_left_in_business_time_and_whether_it_was_kept() {
        Instant due = at(11, 30, 9, 30, BERLIN);

        SlaClock fridayEvening = SlaClock.of("first response", due, null, at(11, 27, 16, 45, BERLIN), OFFICE);
        assertThat(fridayEvening.isRunning()).isTrue();
        assertThat(fridayEvening.timeLeft()).isEqualTo(Duration.ofMinutes(45));

        SlaClock late = SlaClock.of("first response", due, null, at(11, 30, 10, 0, BERLIN), OFFICE);
        assertThat(late.breached()).isTrue();
        assertThat(late.timeLeft()).isZero();

        SlaClock kept = SlaClock.of("first response", due, at(11, 30, 9, 10, BERLIN), at(12, 1, 9, 0, BERLIN), OFFICE);
        assertThat(kept.breached()).isFalse();
        assertThat(kept.kept()).contains(at(11, 30, 9, 10, BERLIN));
    }

    private static Activity activity(ActivityType type, Direction direction, UserId by) {
        return new Activity(TenantId.of("acme"), ActivityId.newId(), 1, type, direction,
                List.of(new RecordRef(RecordType.LEAD, "l-1")), Instant.parse("2026-11-25T10:00:00Z"), by, "x");
    }
}
