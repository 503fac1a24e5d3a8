package io.tenantcrm.core.health;

import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.shared.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates an open deal green, yellow or red from leading signals, per the brief:
 * <ul>
 *   <li>activity: green within {@code greenWithin} (72 h), red after {@code redAfter} (14 days), yellow between;</li>
 *   <li>next step: missing or overdue is red (the deal is not being worked);</li>
 *   <li>stage age: beyond the stage's rotting days yellow, beyond {@code rottenRedFactor} times them red;</li>
 *   <li>missing fields the current stage requires: yellow;</li>
 *   <li>expected close date in the past: yellow.</li>
 * </ul>
 * "Activity" is {@link Deal#lastActivityAt()}: logged activities, emails and stage changes move it; field edits
 * do not. Pure and allocation-light: it is meant to run over every deal of a tenant.
 */
public final class DealHealth {

    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    private final HealthThresholds thresholds;

    public DealHealth(HealthThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param stage the deal's current stage (from its pipeline)
     * @throws RuleViolationException for a won or lost deal, which has no health
     */
    public DealHealthRating rate(Deal deal, Stage stage, Instant now) {
        if (!deal.isOpen()) {
            throw new RuleViolationException("status", "only open deals are rated; this one is "
                    + deal.status().name().toLowerCase(java.util.Locale.ROOT));
        }
        long nowSeconds = now.getEpochSecond();
        List<HealthSignal> signals = new ArrayList<>(5);
        HealthColor color = HealthColor.GREEN;

        long idleSeconds = nowSeconds - deal.lastActivityAt().getEpochSecond();
        long greenSeconds = thresholds.greenWithin().getSeconds();
        long redSeconds = thresholds.redAfter().getSeconds();
        HealthColor activity = idleSeconds <= greenSeconds ? HealthColor.GREEN
                : idleSeconds > redSeconds ? HealthColor.RED : HealthColor.YELLOW;
        signals.add(new HealthSignal(HealthSignal.Kind.HOURS_SINCE_ACTIVITY, idleSeconds / HOUR,
                (activity == HealthColor.RED ? redSeconds : greenSeconds) / HOUR, activity));
        color = color.worse(activity);

        if (deal.nextStep() == null) {
            signals.add(new HealthSignal(HealthSignal.Kind.NO_NEXT_STEP, 1, 0, HealthColor.RED));
            color = HealthColor.RED;
        } else {
            long overdue = nowSeconds - deal.nextStep().due().getEpochSecond();
            HealthColor nextStep = overdue > 0 ? HealthColor.RED : HealthColor.GREEN;
            signals.add(new HealthSignal(HealthSignal.Kind.NEXT_STEP_OVERDUE_HOURS, Math.max(0, overdue) / HOUR, 0,
                    nextStep));
            color = color.worse(nextStep);
        }

        long daysInStage = (nowSeconds - deal.stageEnteredAt().getEpochSecond()) / DAY;
        long rotting = stage.rottingDays();
        HealthColor age = daysInStage > rotting * thresholds.rottenRedFactor() ? HealthColor.RED
                : daysInStage > rotting ? HealthColor.YELLOW : HealthColor.GREEN;
        signals.add(new HealthSignal(HealthSignal.Kind.DAYS_IN_STAGE, daysInStage,
                age == HealthColor.RED ? rotting * thresholds.rottenRedFactor() : rotting, age));
        color = color.worse(age);

        int missing = 0;
        for (DealField field : stage.fieldsToEnter().required()) {
            if (!deal.has(field)) {
                missing++;
            }
        }
        if (missing > 0) {
            signals.add(new HealthSignal(HealthSignal.Kind.MISSING_REQUIRED_FIELDS, missing, 0, HealthColor.YELLOW));
            color = color.worse(HealthColor.YELLOW);
        }

        if (deal.expectedClose() != null) {
            long closeDay = deal.expectedClose().toEpochDay();
            long today = Math.floorDiv(nowSeconds, DAY);
            if (today > closeDay) {
                signals.add(new HealthSignal(HealthSignal.Kind.CLOSE_DATE_PASSED_DAYS, today - closeDay, 0,
                        HealthColor.YELLOW));
                color = color.worse(HealthColor.YELLOW);
            }
        }
        return new DealHealthRating(deal.id(), color, signals);
    }
}
