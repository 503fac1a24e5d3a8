package io.tenantcrm.core.report;

import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.shared.Median;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where do deals stall: per open stage, how many deals left it in the period, how many of those went forward or
 * were lost, and the median days they had spent in it; plus the loss reasons of deals lost in the period.
 */
public final class StallReport {

    private StallReport() {
    }

    /** One stage's line. {@code medianDaysInStage} is over the deals that left the stage in the period. */
    public record StageLine(StageId stage, String name, int left, int forward, int back, int lost,
                            double medianDaysInStage) {

        /** Of the deals that left the stage, the share that went forward. */
        public double conversionRate() {
            return left == 0 ? 0 : (double) forward / left;
        }
    }

    /** How often a loss reason was given. */
    public record LossLine(LossCategory category, String subReason, int deals) {
    }

    public record Result(List<StageLine> stages, List<LossLine> losses) {
    }

    public static Result of(Pipeline pipeline, List<StageTransition> history, Iterable<Deal> deals, Instant from,
                            Instant to) {
        Map<DealId, List<StageTransition>> byDeal = new HashMap<>();
        history.forEach(t -> byDeal.computeIfAbsent(t.deal(), d -> new ArrayList<>()).add(t));
        Map<StageId, List<Double>> days = new LinkedHashMap<>();
        Map<StageId, int[]> counts = new LinkedHashMap<>();
        pipeline.stages().stream().filter(Stage::isOpen).forEach(s -> {
            days.put(s.id(), new ArrayList<>());
            counts.put(s.id(), new int[4]);
        });
        for (List<StageTransition> transitions : byDeal.values()) {
            transitions.sort(Comparator.comparing(StageTransition::at));
            for (int i = 1; i < transitions.size(); i++) {
                StageTransition left = transitions.get(i);
                if (left.from() == null || !counts.containsKey(left.from()) || left.at().isBefore(from)
                        || !left.at().isBefore(to)) {
                    continue;
                }
                int[] c = counts.get(left.from());
                c[0]++;
                Stage target = pipeline.stageOrThrow(left.to());
                if (target.kind() == StageKind.LOST) {
                    c[3]++;
                } else if (pipeline.positionOf(left.to()) > pipeline.positionOf(left.from())) {
                    c[1]++;
                } else {
                    c[2]++;
                }
                days.get(left.from()).add(
                        Duration.between(transitions.get(i - 1).at(), left.at()).getSeconds() / 86_400.0);
            }
        }
        List<StageLine> stages = new ArrayList<>();
        counts.forEach((stage, c) -> stages.add(new StageLine(stage, pipeline.stageOrThrow(stage).name(), c[0], c[1],
                c[2], c[3], Median.of(days.get(stage)))));

        Map<String, LossLine> losses = new TreeMap<>();
        for (Deal deal : deals) {
            if (deal.lossReason() != null && !deal.stageEnteredAt().isBefore(from)
                    && deal.stageEnteredAt().isBefore(to)) {
                String key = deal.lossReason().category() + "/" + deal.lossReason().subReason();
                LossLine line = losses.get(key);
                losses.put(key, new LossLine(deal.lossReason().category(), deal.lossReason().subReason(),
                        line == null ? 1 : line.deals() + 1));
            }
        }
        List<LossLine> lossLines = new ArrayList<>(losses.values());
        lossLines.sort(Comparator.comparingInt(LossLine::deals).reversed());
        return new Result(stages, lossLines);
    }

}
