package io.tenantcrm.core.pipeline;

import io.tenantcrm.core.shared.TextLimit;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's ordered stages from first inquiry to money in the bank. Invariants: stage keys are unique; there is
 * at least one open stage, at least one won stage and exactly one lost stage; open stages come first.
 * {@code skippingAllowed} and {@code movingBackAllowed} say which moves between open stages are fine.
 */
public record Pipeline(PipelineId id, String name, List<Stage> stages, boolean skippingAllowed,
                       boolean movingBackAllowed) {

    public Pipeline {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        name = TextLimit.LINE.check("name", name);
        if (name == null) {
            throw new io.tenantcrm.core.shared.RuleViolationException("name", "a pipeline needs a name");
        }
        stages = List.copyOf(stages);
        Set<StageId> keys = new HashSet<>();
        for (Stage stage : stages) {
            if (!keys.add(stage.id())) {
                throw new IllegalArgumentException("pipeline " + id + " has stage " + stage.id() + " twice");
            }
        }
        long open = stages.stream().filter(Stage::isOpen).count();
        long won = stages.stream().filter(s -> s.kind() == StageKind.WON).count();
        long lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).count();
        if (open == 0 || won == 0 || lost != 1) {
            throw new IllegalArgumentException("pipeline " + id + " needs open stages, at least one won stage and"
                    + " exactly one lost stage");
        }
        for (int i = 1; i < stages.size(); i++) {
            if (stages.get(i).isOpen() && !stages.get(i - 1).isOpen()) {
                throw new IllegalArgumentException("pipeline " + id + ": open stages must come before won and lost");
            }
        }
    }

    public Optional<Stage> stage(StageId stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    public Stage stageOrThrow(StageId stageId) {
        return stage(stageId).orElseThrow(() -> new IllegalArgumentException(
                "pipeline " + id + " has no stage " + stageId));
    }

    /** Where new deals start. */
    public Stage firstStage() {
        return stages.get(0);
    }

    public Stage lostStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.LOST).findFirst().orElseThrow();
    }

    /** The first won stage: where {@code win} takes a deal. */
    public Stage firstWonStage() {
        return stages.stream().filter(s -> s.kind() == StageKind.WON).findFirst().orElseThrow();
    }

    /** Position in the pipeline: a move to a higher position is forward. */
    public int positionOf(StageId stageId) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(stageId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("pipeline " + id + " has no stage " + stageId);
    }

    /**
     * The B2B export pipeline from the product brief: Inquiry, Needs confirmed, Quote, Negotiation, Sample/Trial,
     * then Order and Payment received (won), plus Lost. Required fields stay few on purpose.
     */
    public static Pipeline defaultB2bExport() {
        return new Pipeline(PipelineId.of("default"), "B2B export", List.of(
                Stage.open("inquiry", "Inquiry", 10, ForecastCategory.PIPELINE)
                        .withRotting(7, Duration.ofDays(3))
                        .withTasksOnEntry(new TaskTemplate("Confirm the need: specs, volume, target price",
                                Duration.ofDays(1)))
                        .withEscalationAfter(Duration.ofHours(8)),
                Stage.open("needs-confirmed", "Needs confirmed", 20, ForecastCategory.PIPELINE)
                        .withRotting(10, Duration.ofDays(7))
                        .withFieldsToEnter(FieldTiers.of(Set.of(DealField.PRODUCT_INTEREST),
                                Set.of(DealField.PRIMARY_CONTACT, DealField.AMOUNT)))
                        .withTasksOnEntry(new TaskTemplate("Send the quote", Duration.ofDays(1))),
                Stage.open("quote", "Quote", 40, ForecastCategory.BEST_CASE)
                        .withRotting(14, Duration.ofDays(7))
                        .withFieldsToEnter(FieldTiers.of(Set.of(DealField.AMOUNT, DealField.PRODUCT_INTEREST),
                                Set.of(DealField.TRADE_TERMS, DealField.EXPECTED_CLOSE)))
                        .withTasksOnEntry(new TaskTemplate("Follow up on the quote", Duration.ofDays(3)),
                                new TaskTemplate("Second follow-up on the quote", Duration.ofDays(7))),
                Stage.open("negotiation", "Negotiation", 60, ForecastCategory.BEST_CASE)
                        .withRotting(21, Duration.ofDays(7))
                        .withFieldsToEnter(FieldTiers.of(Set.of(DealField.AMOUNT, DealField.EXPECTED_CLOSE),
                                Set.of(DealField.TRADE_TERMS, DealField.PAYMENT_TERMS))),
                Stage.open("sample-trial", "Sample/Trial", 75, ForecastCategory.COMMIT)
                        .withRotting(30, Duration.ofDays(14))
                        .withFieldsToEnter(FieldTiers.of(Set.of(DealField.AMOUNT, DealField.EXPECTED_CLOSE),
                                Set.of(DealField.PRIMARY_CONTACT)))
                        .withTasksOnEntry(new TaskTemplate("Ship the sample", Duration.ofDays(2)),
                                new TaskTemplate("Ask for trial feedback", Duration.ofDays(14))),
                Stage.won("order", "Order")
                        .withFieldsToEnter(FieldTiers.of(Set.of(DealField.AMOUNT, DealField.PAYMENT_TERMS),
                                Set.of(DealField.TRADE_TERMS)))
                        .withTasksOnEntry(new TaskTemplate("Confirm the payment date with the buyer",
                                Duration.ofDays(1))),
                Stage.won("payment-received", "Payment received"),
                Stage.lost("lost", "Lost")),
                true, true);
    }
}
