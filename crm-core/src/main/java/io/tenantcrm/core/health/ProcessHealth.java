package io.tenantcrm.core.health;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.health.ProcessSignal.Name;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.shared.Median;
import io.tenantcrm.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The process-health index of a rep or a team over a period, from leading signals (see {@link ProcessTargets}).
 * A team's index is computed from the team's pooled data, not averaged from its reps. Each signal's attainment
 * is {@code value / target} (or {@code target / value} where less is better), capped at 1, times its weight;
 * signals without data in the period pass their weight on to the others.
 */
public final class ProcessHealth {

    private static final double HOUR = 3600.0;
    private static final double DAY = 86_400.0;

    private final ProcessTargets targets;
    private final Pipeline pipeline;

    public ProcessHealth(ProcessTargets targets, Pipeline pipeline) {
        this.targets = Objects.requireNonNull(targets, "targets");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /**
     * What the index reads. Activities and transitions may reach back before the period: feedback to a quote and
     * time in a stage need what happened earlier.
     *
     * @param onATierAccount     whether an activity concerns an A-tier account
     * @param aTierAccountsOwned how many A-tier accounts each rep owns
     */
    public record Inputs(List<Activity> activities, Predicate<Activity> onATierAccount,
                         Map<UserId, Integer> aTierAccountsOwned, List<StageTransition> transitions,
                         List<CollectionCase> collections) {
    }

    public ProcessHealthIndex index(String subject, Set<UserId> reps, Instant from, Instant to, Inputs in) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
        List<Measure> measures = List.of(
                touches(reps, from, to, in),
                quoteFeedback(reps, from, to, in),
                collections(reps, from, to, in),
                needConfirmation(reps, from, to, in),
                conversion(reps, from, to, in),
                velocity(reps, from, to, in));
        int weightWithData = measures.stream().filter(m -> m.samples > 0).mapToInt(m -> m.weight).sum();
        List<ProcessSignal> signals = new ArrayList<>();
        double index = 0;
        for (Measure m : measures) {
            double contribution = 0;
            if (m.samples > 0) {
                double attainment = m.higherIsBetter ? Math.min(1, m.value / m.target)
                        : m.value <= m.target ? 1 : m.target / m.value;
                contribution = attainment * m.weight * 100.0 / weightWithData;
                index += contribution;
            }
            signals.add(new ProcessSignal(m.name, m.value, m.target, m.higherIsBetter, m.weight, contribution,
                    m.samples));
        }
        return new ProcessHealthIndex(subject, from, to, (int) Math.round(index), signals);
    }

    private Measure touches(Set<UserId> reps, Instant from, Instant to, Inputs in) {
        int accounts = reps.stream().mapToInt(rep -> in.aTierAccountsOwned().getOrDefault(rep, 0)).sum();
        long touches = in.activities().stream()
                .filter(a -> reps.contains(a.loggedBy()) && within(a.occurredAt(), from, to))
                .filter(a -> a.type().touchesCustomer() && in.onATierAccount().test(a))
                .count();
        double weeks = Duration.between(from, to).getSeconds() / (7 * DAY);
        double value = accounts == 0 ? 0 : touches / (accounts * weeks);
        return new Measure(Name.A_TIER_TOUCHES_PER_WEEK, value, targets.touchesPerWeek(), true,
                targets.touchesWeight(), accounts);
    }

    private Measure quoteFeedback(Set<UserId> reps, Instant from, Instant to, Inputs in) {
        Map<RecordRef, List<Instant>> inboundByDeal = new HashMap<>();
        for (Activity a : in.activities()) {
            if (a.direction() == Direction.INBOUND) {
                for (RecordRef ref : a.about()) {
                    if (ref.type() == RecordType.DEAL) {
                        inboundByDeal.computeIfAbsent(ref, r -> new ArrayList<>()).add(a.occurredAt());
                    }
                }
            }
        }
        List<Double> hours = new ArrayList<>();
        for (Activity quote : in.activities()) {
            if (quote.type() != ActivityType.QUOTE_SENT || !reps.contains(quote.loggedBy())
                    || !within(quote.occurredAt(), from, to)) {
                continue;
            }
            // a quote still unanswered at the end of the period counts with the time it has waited so far
            Instant feedback = to;
            for (RecordRef ref : quote.about()) {
                for (Instant inbound : inboundByDeal.getOrDefault(ref, List.of())) {
                    if (inbound.isAfter(quote.occurredAt()) && inbound.isBefore(feedback)) {
                        feedback = inbound;
                    }
                }
            }
            hours.add(Duration.between(quote.occurredAt(), feedback).getSeconds() / HOUR);
        }
        return new Measure(Name.QUOTE_FEEDBACK_HOURS, Median.of(hours), targets.quoteFeedbackHours(), false,
                targets.quoteFeedbackWeight(), hours.size());
    }

    private Measure collections(Set<UserId> reps, Instant from, Instant to, Inputs in) {
        int due = 0;
        int acted = 0;
        for (CollectionCase c : in.collections()) {
            if (reps.contains(c.owner()) && within(c.due(), from, to)) {
                due++;
                if (c.actedAt() != null && c.actedAt().isBefore(to)) {
                    acted++;
                }
            }
        }
        return new Measure(Name.OVERDUE_COLLECTIONS_ACTED_PERCENT, due == 0 ? 0 : 100.0 * acted / due,
                targets.collectionsActedPercent(), true, targets.collectionsWeight(), due);
    }

    private Measure needConfirmation(Set<UserId> reps, Instant from, Instant to, Inputs in) {
        int confirmedPosition = pipeline.positionOf(targets.needsConfirmedStage());
        Map<DealId, List<StageTransition>> byDeal = byDeal(in.transitions());
        List<Double> hours = new ArrayList<>();
        for (List<StageTransition> history : byDeal.values()) {
            StageTransition opened = history.get(0);
            if (opened.from() != null || !reps.contains(opened.by()) || !within(opened.at(), from, to)) {
                continue;
            }
            Instant confirmed = to;
            boolean lostFirst = false;
            for (StageTransition t : history) {
                Stage stage = pipeline.stageOrThrow(t.to());
                if (stage.kind() == StageKind.LOST) {
                    lostFirst = true;
                    break;
                }
                if (pipeline.positionOf(t.to()) >= confirmedPosition) {
                    confirmed = t.at().isBefore(to) ? t.at() : to;
                    break;
                }
            }
            if (!lostFirst) {
                hours.add(Duration.between(opened.at(), confirmed).getSeconds() / HOUR);
            }
        }
        return new Measure(Name.NEED_CONFIRMATION_HOURS, Median.of(hours), targets.needConfirmationHours(), false,
                targets.needConfirmationWeight(), hours.size());
    }

    private Measure conversion(Set<UserId> reps, Instant from, Instant to, Inputs in) {
        int forward = 0;
        int lost = 0;
        for (StageTransition t : in.transitions()) {
            if (t.from() == null || !reps.contains(t.by()) || !within(t.at(), from, to)) {
                continue;
            }
            Stage source = pipeline.stageOrThrow(t.from());
            Stage target = pipeline.stageOrThrow(t.to());
            if (!source.isOpen()) {
                continue;
            }
            if (target.kind() == StageKind.LOST) {
                lost++;
            } else if (pipeline.positionOf(t.to()) > pipeline.positionOf(t.from())) {
                forward++;
            }
        }
        int moves = forward + lost;
        return new Measure(Name.STAGE_CONVERSION_PERCENT, moves == 0 ? 0 : 100.0 * forward / moves,
                targets.conversionPercent(), true, targets.conversionWeight(), moves);
    }

    private Measure velocity(Set<UserId> reps, Instant from, Instant to, Inputs in) {
        List<Double> days = new ArrayList<>();
        for (List<StageTransition> history : byDeal(in.transitions()).values()) {
            for (int i = 1; i < history.size(); i++) {
                StageTransition left = history.get(i);
                if (reps.contains(left.by()) && within(left.at(), from, to)) {
                    days.add(Duration.between(history.get(i - 1).at(), left.at()).getSeconds() / DAY);
                }
            }
        }
        return new Measure(Name.DAYS_IN_STAGE, Median.of(days), targets.daysInStage(), false, targets.velocityWeight(),
                days.size());
    }

    private static Map<DealId, List<StageTransition>> byDeal(List<StageTransition> transitions) {
        Map<DealId, List<StageTransition>> byDeal = new HashMap<>();
        for (StageTransition t : transitions) {
            byDeal.computeIfAbsent(t.deal(), d -> new ArrayList<>()).add(t);
        }
        byDeal.values().forEach(list -> list.sort(Comparator.comparing(StageTransition::at)));
        return byDeal;
    }

    private static boolean within(Instant instant, Instant from, Instant to) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    private record Measure(Name name, double value, double target, boolean higherIsBetter, int weight,
                           int samples) {
    }
}
