package io.tenantcrm.core.pipeline;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineTest {

    @Test
    void the_default_pipeline_is_the_b2b_export_one_from_the_brief() {
        Pipeline pipeline = Pipeline.defaultB2bExport();

        assertThat(pipeline.stages()).extracting(Stage::name).containsExactly("Inquiry", "Needs confirmed", "Quote",
                "Negotiation", "Sample/Trial", "Order", "Payment received", "Lost");
        assertThat(pipeline.stages()).extracting(Stage::probabilityPercent)
                .containsExactly(10, 20, 40, 60, 75, 100, 100, 0);
        assertThat(pipeline.firstStage().id()).isEqualTo(StageId.of("inquiry"));
        assertThat(pipeline.firstWonStage().id()).isEqualTo(StageId.of("order"));
        assertThat(pipeline.lostStage().id()).isEqualTo(StageId.of("lost"));
        assertThat(pipeline.stageOrThrow(StageId.of("quote")).fieldsToEnter().required())
                .containsExactlyInAnyOrder(DealField.AMOUNT, DealField.PRODUCT_INTEREST);
    }

    @Test
    void the_default_asks_for_few_fields_and_nothing_to_open_a_deal() {
        Pipeline pipeline = Pipeline.defaultB2bExport();
        assertThat(pipeline.firstStage().fieldsToEnter().required()).isEmpty();
        assertThat(pipeline.stages()).allSatisfy(stage ->
                assertThat(stage.fieldsToEnter().required().size()).isLessThanOrEqualTo(2));
    }

    @Test
    void a_pipeline_needs_open_won_and_exactly_one_lost_stage_in_order() {
        Stage open = Stage.open("a", "A", 10, ForecastCategory.PIPELINE);
        Stage won = Stage.won("w", "Won");
        Stage lost = Stage.lost("l", "Lost");

        assertThatThrownBy(() -> new Pipeline(PipelineId.of("p"), "P", List.of(open, lost), true, true))
                .hasMessageContaining("at least one won stage");
        assertThatThrownBy(() -> new Pipeline(PipelineId.of("p"), "P", List.of(open, won, lost, Stage.lost("l2",
                "Lost 2")), true, true)).hasMessageContaining("exactly one lost stage");
        assertThatThrownBy(() -> new Pipeline(PipelineId.of("p"), "P", List.of(won, open, lost), true, true))
                .hasMessageContaining("open stages must come before won and lost");
        assertThatThrownBy(() -> new Pipeline(PipelineId.of("p"), "P", List.of(open, open, won, lost), true, true))
                .hasMessageContaining("has stage a twice");
    }

    @Test
    void stage_settings_are_checked() {
        assertThatThrownBy(() -> Stage.open("a", "A", 120, ForecastCategory.PIPELINE))
                .hasMessageContaining("probability must be 0-100");
        assertThatThrownBy(() -> Stage.open("a", "A", 10, ForecastCategory.PIPELINE).withRotting(0, Duration.ofDays(1)))
                .hasMessageContaining("rotting days must be at least 1");
        assertThatThrownBy(() -> new Stage(StageId.of("w"), "Won", StageKind.WON, 90, ForecastCategory.CLOSED, 1,
                Duration.ofDays(1), FieldTiers.none(), List.of(), java.util.Optional.empty()))
                .hasMessageContaining("must have probability 100 and category CLOSED");
        assertThatThrownBy(() -> StageId.of("Quote Stage")).hasMessageStartingWith("stage: 'Quote Stage' is not a stage key");
        assertThatThrownBy(() -> new TaskTemplate("x", Duration.ofDays(-1)))
                .hasMessage("a task cannot be due before the stage is entered");
    }

    @Test
    void the_probability_is_a_factor_for_weighting() {
        assertThat(Stage.open("a", "A", 40, ForecastCategory.BEST_CASE).probability()).isEqualByComparingTo("0.40");
    }

    @Test
    void field_tiers_can_be_tuned_per_tenant() {
        FieldTiers<DealField> tiers = FieldTiers.<DealField>none().with(DealField.AMOUNT, FieldRequirement.REQUIRED);
        assertThat(tiers.requirementOf(DealField.AMOUNT)).isEqualTo(FieldRequirement.REQUIRED);
        assertThat(tiers.requirementOf(DealField.TRADE_TERMS)).isEqualTo(FieldRequirement.OPTIONAL);
        assertThat(tiers.with(DealField.AMOUNT, FieldRequirement.SUGGESTED).suggested()).containsExactly(DealField.AMOUNT);
    }
}
