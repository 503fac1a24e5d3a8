package io.tenantcrm.core.health;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.health.ProcessSignal.Name;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProcessHealthTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UserId RITA = UserId.of("rita");
    static final UserId MIKE = UserId.of("mike");
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofDays(28));
    static final RecordRef A_ACCOUNT = new RecordRef(RecordType.ACCOUNT, "a-tier");
    static final RecordRef C_ACCOUNT = new RecordRef(RecordType.ACCOUNT, "c-tier");
    static final ProcessHealth HEALTH = new ProcessHealth(ProcessTargets.defaults(), Pipeline.defaultB2bExport());

    static Instant day(int day, int hour) {
        return FROM.plus(Duration.ofDays(day - 1)).plus(Duration.ofHours(hour));
    }

    static Activity activity(UserId by, ActivityType type, Direction direction, Instant at, RecordRef... about) {
        return new Activity(ACME, ActivityId.newId(), 1, type, direction, List.of(about), at, by, "");
    }

    static StageTransition move(DealId deal, String from, String to, Instant at, UserId by) {
        return new StageTransition(ACME, deal, from == null ? null : StageId.of(from), StageId.of(to), at, by);
    }

    /** Rita's month, built so that every signal lands on a number worked out by hand. */
    static ProcessHealth.Inputs ritasMonth() {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 16; i++) { // 16 touches on her 2 A-tier accounts in 4 weeks: 2 a week each
            activities.add(activity(RITA, ActivityType.CALL, Direction.OUTBOUND, day(1 + i, 10), A_ACCOUNT));
        }
        activities.add(activity(RITA, ActivityType.NOTE, Direction.INTERNAL, day(2, 9), A_ACCOUNT)); // not a touch
        activities.add(activity(RITA, ActivityType.CALL, Direction.OUTBOUND, day(2, 9), C_ACCOUNT)); // not A-tier
        activities.add(activity(RITA, ActivityType.CALL, Direction.OUTBOUND, FROM.minusSeconds(60), A_ACCOUNT));

        RecordRef quoted1 = new RecordRef(RecordType.DEAL, "q1");
        RecordRef quoted2 = new RecordRef(RecordType.DEAL, "q2");
        activities.add(activity(RITA, ActivityType.QUOTE_SENT, Direction.OUTBOUND, day(2, 10), quoted1));
        activities.add(activity(RITA, ActivityType.EMAIL, Direction.INBOUND, day(3, 16), quoted1)); // 30 h
        activities.add(activity(RITA, ActivityType.QUOTE_SENT, Direction.OUTBOUND, day(10, 9), quoted2));
        activities.add(activity(RITA, ActivityType.EMAIL, Direction.INBOUND, day(12, 9), quoted2)); // 48 h

        List<CollectionCase> collections = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // 9 of 10 acted on
            collections.add(new CollectionCase(DealId.newId(), RITA, day(3 + i, 0), i < 9 ? day(4 + i, 0) : null));
        }

        DealId a = DealId.newId();
        DealId b = DealId.newId();
        List<StageTransition> transitions = List.of(
                move(a, null, "inquiry", day(1, 0), RITA),
                move(a, "inquiry", "needs-confirmed", day(1, 12), RITA),  // confirmed in 12 h, 0.5 d in stage
                move(a, "needs-confirmed", "lost", day(8, 12), RITA),     // 7 d in stage
                move(b, null, "inquiry", day(5, 0), RITA),
                move(b, "inquiry", "quote", day(7, 0), RITA));            // skip counts: confirmed in 48 h, 2 d
        return new ProcessHealth.Inputs(activities, act -> act.about().contains(A_ACCOUNT), Map.of(RITA, 2),
                transitions, collections);
    }

    @Test
    void every_signal_shows_value_target_and_contribution() {
        ProcessHealthIndex index = HEALTH.index("rita", Set.of(RITA), FROM, TO, ritasMonth());

        assertThat(index.signals()).extracting(ProcessSignal::name).containsExactly(Name.values());
        assertThat(signal(index, Name.A_TIER_TOUCHES_PER_WEEK).value()).isEqualTo(2.0);
        assertThat(signal(index, Name.A_TIER_TOUCHES_PER_WEEK).contribution()).isEqualTo(25.0);
        assertThat(signal(index, Name.QUOTE_FEEDBACK_HOURS).value()).isEqualTo(39.0);       // median of 30 and 48
        assertThat(signal(index, Name.QUOTE_FEEDBACK_HOURS).contribution()).isCloseTo(20 * 36 / 39.0, within(1e-9));
        assertThat(signal(index, Name.OVERDUE_COLLECTIONS_ACTED_PERCENT).value()).isEqualTo(90.0);
        assertThat(signal(index, Name.OVERDUE_COLLECTIONS_ACTED_PERCENT).contribution()).isEqualTo(20.0);
        assertThat(signal(index, Name.NEED_CONFIRMATION_HOURS).value()).isEqualTo(30.0);    // median of 12 and 48
        assertThat(signal(index, Name.NEED_CONFIRMATION_HOURS).contribution()).isCloseTo(12.0, within(1e-9));
        assertThat(signal(index, Name.STAGE_CONVERSION_PERCENT).value()).isCloseTo(66.67, within(0.01));
        assertThat(signal(index, Name.DAYS_IN_STAGE).value()).isEqualTo(2.0);               // of 0.5, 7 and 2
        assertThat(index.index()).isEqualTo(95); // 25 + 18.46 + 20 + 12 + 10 + 10
        assertThat(signal(index, Name.QUOTE_FEEDBACK_HOURS).describe()).isEqualTo(
                "median hours from quote sent to first customer feedback: 39.0h (target <= 36.0h, 2 samples)"
                        + " -> 18.5/20");
        assertThat(index.explain()).startsWith("rita: 95/100; touches per week per A-tier account: 2.0");
    }

    @Test
    void a_quote_unanswered_at_the_end_of_the_period_counts_with_its_waiting_time() {
        RecordRef deal = new RecordRef(RecordType.DEAL, "silent");
        ProcessHealth.Inputs inputs = new ProcessHealth.Inputs(
                List.of(activity(RITA, ActivityType.QUOTE_SENT, Direction.OUTBOUND, TO.minus(Duration.ofHours(50)),
                        deal)), a -> false, Map.of(), List.of(), List.of());

        assertThat(signal(HEALTH.index("rita", Set.of(RITA), FROM, TO, inputs), Name.QUOTE_FEEDBACK_HOURS).value())
                .isEqualTo(50.0);
    }

    @Test
    void signals_without_data_give_their_weight_to_the_others() {
        ProcessHealth.Inputs onlyTouches = new ProcessHealth.Inputs(List.of(
                activity(RITA, ActivityType.MEETING, Direction.OUTBOUND, day(2, 10), A_ACCOUNT),
                activity(RITA, ActivityType.MEETING, Direction.OUTBOUND, day(9, 10), A_ACCOUNT)),
                a -> true, Map.of(RITA, 1), List.of(), List.of());

        ProcessHealthIndex index = HEALTH.index("rita", Set.of(RITA), FROM, TO, onlyTouches);

        assertThat(signal(index, Name.A_TIER_TOUCHES_PER_WEEK).value()).isEqualTo(0.5);
        assertThat(index.index()).isEqualTo(25); // half a touch a week of 2, weighted alone: 0.25 * 100
        assertThat(signal(index, Name.QUOTE_FEEDBACK_HOURS).describe())
                .isEqualTo("median hours from quote sent to first customer feedback: no data in the period"
                        + " (weight 20 spread over the others)");
    }

    @Test
    void a_team_is_measured_on_its_pooled_data() {
        ProcessHealth.Inputs rita = ritasMonth();
        List<Activity> activities = new ArrayList<>(rita.activities());
        activities.add(activity(MIKE, ActivityType.CALL, Direction.OUTBOUND, day(3, 10), A_ACCOUNT));
        ProcessHealth.Inputs team = new ProcessHealth.Inputs(activities, rita.onATierAccount(),
                Map.of(RITA, 2, MIKE, 2), rita.transitions(), rita.collections());

        ProcessHealthIndex index = HEALTH.index("Europe", Set.of(RITA, MIKE), FROM, TO, team);

        assertThat(signal(index, Name.A_TIER_TOUCHES_PER_WEEK).value()).isEqualTo(17 / 16.0); // 17 touches, 4 accounts
        assertThat(signal(index, Name.A_TIER_TOUCHES_PER_WEEK).samples()).isEqualTo(4);
        assertThat(HEALTH.index("mike", Set.of(MIKE), FROM, TO, team).signals())
                .filteredOn(ProcessSignal::hasData).extracting(ProcessSignal::name)
                .containsExactly(Name.A_TIER_TOUCHES_PER_WEEK);
    }

    @Test
    void nobody_with_no_activity_scores_zero_with_every_signal_explained() {
        ProcessHealthIndex index = HEALTH.index("olga", Set.of(UserId.of("olga")), FROM, TO, ritasMonth());
        assertThat(index.index()).isZero();
        assertThat(index.signals()).noneMatch(ProcessSignal::hasData);
    }

    private static ProcessSignal signal(ProcessHealthIndex index, Name name) {
        return index.signals().stream().filter(s -> s.name() == name).findFirst().orElseThrow();
    }
}
