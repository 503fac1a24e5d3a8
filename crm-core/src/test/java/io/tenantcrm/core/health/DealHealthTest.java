package io.tenantcrm.core.health;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.LossReason;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.pipeline.FieldRequirement;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DealHealthTest {

    static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    static final Stage QUOTE = Pipeline.defaultB2bExport().stageOrThrow(StageId.of("quote")); // rotting 14 days
    static final DealHealth HEALTH = new DealHealth(HealthThresholds.defaults());

    /** A healthy quote-stage deal: everything the stage needs, active now, next step tomorrow. */
    static Deal deal(Instant lastActivity, NextStep nextStep, Instant stageEntered, Money amount, LocalDate close) {
        return new Deal(TenantId.of("acme"), DealId.newId(), 1, "Valves", AccountId.newId(), null, amount, close,
                "ball valves", null, null, null, null, PipelineId.of("default"), QUOTE.id(), DealStatus.OPEN,
                stageEntered, UserId.of("rita"), nextStep, null, null, NOW.minus(Duration.ofDays(60)), lastActivity);
    }

    static Deal healthy() {
        return deal(NOW, new NextStep("Call", NOW.plus(Duration.ofDays(1))), NOW, Money.of("100", "USD"), null);
    }

    static Deal idleFor(Duration idle) {
        return deal(NOW.minus(idle), new NextStep("Call", NOW.plus(Duration.ofDays(1))), NOW, Money.of("100", "USD"),
                null);
    }

    @Test
    void an_active_deal_with_a_next_step_and_its_fields_is_green() {
        DealHealthRating rating = HEALTH.rate(healthy(), QUOTE, NOW);

        assertThat(rating.color()).isEqualTo(HealthColor.GREEN);
        assertThat(rating.problems()).isEmpty();
        assertThat(rating.explain()).isEqualTo("GREEN: hours since last activity: 0h (threshold 72h) -> GREEN; "
                + "next step overdue by: 0h (threshold 0h) -> GREEN; days in stage: 0d (threshold 14d) -> GREEN");
    }

    @ParameterizedTest(name = "idle {0} -> {1}")
    @CsvSource({
            "PT72H, GREEN",
            "PT72H0M1S, YELLOW",
            "P7D, YELLOW",
            "P14D, YELLOW",
            "P14DT1S, RED",
            "P30D, RED",
    })
    void activity_is_green_within_72_hours_yellow_up_to_14_days_and_red_after(Duration idle, HealthColor color) {
        assertThat(HEALTH.rate(idleFor(idle), QUOTE, NOW).color()).isEqualTo(color);
    }

    @Test
    void the_activity_signal_names_the_threshold_it_crossed() {
        assertThat(HEALTH.rate(idleFor(Duration.ofDays(10)), QUOTE, NOW).problems().get(0).describe())
                .isEqualTo("hours since last activity: 240h (threshold 72h) -> YELLOW");
        assertThat(HEALTH.rate(idleFor(Duration.ofDays(20)), QUOTE, NOW).problems().get(0).describe())
                .isEqualTo("hours since last activity: 480h (threshold 336h) -> RED");
    }

    @Test
    void a_deal_without_next_step_is_rated_red() {
        Deal deal = deal(NOW, null, NOW, Money.of("100", "USD"), null);

        DealHealthRating rating = HEALTH.rate(deal, QUOTE, NOW);

        assertThat(rating.color()).isEqualTo(HealthColor.RED);
        assertThat(rating.problems()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(HealthSignal.Kind.NO_NEXT_STEP));
    }

    @Test
    void a_next_step_due_now_is_fine_and_one_second_late_is_red() {
        assertThat(HEALTH.rate(deal(NOW, new NextStep("Call", NOW), NOW, Money.of("1", "USD"), null), QUOTE, NOW)
                .color()).isEqualTo(HealthColor.GREEN);
        DealHealthRating late = HEALTH.rate(deal(NOW, new NextStep("Call", NOW.minus(Duration.ofHours(30))), NOW,
                Money.of("1", "USD"), null), QUOTE, NOW);
        assertThat(late.color()).isEqualTo(HealthColor.RED);
        assertThat(late.problems().get(0).describe()).isEqualTo("next step overdue by: 30h (threshold 0h) -> RED");
    }

    @ParameterizedTest(name = "{0} days in a 14-day stage -> {1}")
    @CsvSource({"14, GREEN", "15, YELLOW", "28, YELLOW", "29, RED"})
    void a_stage_older_than_its_rotting_days_turns_yellow_then_red_at_twice(long days, HealthColor color) {
        Deal deal = deal(NOW, new NextStep("Call", NOW.plus(Duration.ofDays(1))), NOW.minus(Duration.ofDays(days)),
                Money.of("1", "USD"), null);
        assertThat(HEALTH.rate(deal, QUOTE, NOW).color()).isEqualTo(color);
    }

    @Test
    void missing_fields_the_stage_requires_make_it_yellow() {
        Deal noAmount = deal(NOW, new NextStep("Call", NOW.plus(Duration.ofDays(1))), NOW, null, null);

        DealHealthRating rating = HEALTH.rate(noAmount, QUOTE, NOW);

        assertThat(rating.color()).isEqualTo(HealthColor.YELLOW);
        assertThat(rating.problems().get(0).describe()).isEqualTo("required fields missing: 1 (threshold 0) -> YELLOW");
        Stage stricter = QUOTE.withFieldsToEnter(QUOTE.fieldsToEnter().with(DealField.TRADE_TERMS,
                FieldRequirement.REQUIRED));
        assertThat(HEALTH.rate(noAmount, stricter, NOW).problems().get(0).value()).isEqualTo(2);
    }

    @Test
    void an_expected_close_date_in_the_past_makes_it_yellow() {
        Deal closingYesterday = deal(NOW, new NextStep("Call", NOW.plus(Duration.ofDays(1))), NOW,
                Money.of("1", "USD"), LocalDate.of(2026, 3, 19));
        Deal closingToday = deal(NOW, new NextStep("Call", NOW.plus(Duration.ofDays(1))), NOW,
                Money.of("1", "USD"), LocalDate.of(2026, 3, 20));

        assertThat(HEALTH.rate(closingYesterday, QUOTE, NOW).color()).isEqualTo(HealthColor.YELLOW);
        assertThat(HEALTH.rate(closingYesterday, QUOTE, NOW).problems().get(0).describe())
                .isEqualTo("expected close date passed by: 1d (threshold 0d) -> YELLOW");
        assertThat(HEALTH.rate(closingToday, QUOTE, NOW).color()).isEqualTo(HealthColor.GREEN);
    }

    @Test
    void the_worst_signal_decides_and_problems_come_worst_first() {
        Deal messy = deal(NOW.minus(Duration.ofDays(5)), new NextStep("Call", NOW.minusSeconds(7200)), NOW, null,
                null);

        DealHealthRating rating = HEALTH.rate(messy, QUOTE, NOW);

        assertThat(rating.color()).isEqualTo(HealthColor.RED);
        assertThat(rating.problems()).extracting(HealthSignal::effect)
                .containsExactly(HealthColor.RED, HealthColor.YELLOW, HealthColor.YELLOW);
    }

    @Test
    void thresholds_are_per_tenant() {
        DealHealth patient = new DealHealth(new HealthThresholds(Duration.ofDays(7), Duration.ofDays(30), 3));
        assertThat(patient.rate(idleFor(Duration.ofDays(6)), QUOTE, NOW).color()).isEqualTo(HealthColor.GREEN);
        assertThatThrownBy(() -> new HealthThresholds(Duration.ofDays(7), Duration.ofDays(7), 2))
                .hasMessageContaining("greenWithin < redAfter");
    }

    @Test
    void won_and_lost_deals_are_not_rated() {
        Deal open = healthy();
        Deal lost = new Deal(open.tenant(), open.id(), 1, open.title(), open.account(), null, null, null, null, null,
                null, null, null, open.pipeline(), StageId.of("lost"), DealStatus.LOST, NOW, open.owner(), null,
                new LossReason(LossCategory.PRICE, "budget cut", null), null, open.createdAt(), NOW);
        assertThatThrownBy(() -> HEALTH.rate(lost, QUOTE, NOW))
                .hasMessage("status: only open deals are rated; this one is lost");
    }
}
