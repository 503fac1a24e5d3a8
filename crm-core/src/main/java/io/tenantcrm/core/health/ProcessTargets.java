package io.tenantcrm.core.health;

import io.tenantcrm.core.pipeline.StageId;

import java.util.Objects;

/**
 * A tenant's targets and weights for the process-health index. Defaults from the brief: at least 2 touches a week
 * on each A-tier account, customer feedback within 36 hours of a quote, action on at least 90% of overdue
 * collections, needs confirmed within 24 hours; plus at least 50% of stage moves forward and at most 14 days in a
 * stage. {@code needsConfirmedStage} is the stage that marks a confirmed need.
 */
public record ProcessTargets(double touchesPerWeek, double quoteFeedbackHours, double collectionsActedPercent,
                             double needConfirmationHours, double conversionPercent, double daysInStage,
                             int touchesWeight, int quoteFeedbackWeight, int collectionsWeight,
                             int needConfirmationWeight, int conversionWeight, int velocityWeight,
                             StageId needsConfirmedStage) {

    public ProcessTargets {
        Objects.requireNonNull(needsConfirmedStage, "needsConfirmedStage");
        if (touchesPerWeek <= 0 || quoteFeedbackHours <= 0 || collectionsActedPercent <= 0
                || needConfirmationHours <= 0 || conversionPercent <= 0 || daysInStage <= 0) {
            throw new IllegalArgumentException("process targets must be positive");
        }
        if (touchesWeight + quoteFeedbackWeight + collectionsWeight + needConfirmationWeight + conversionWeight
                + velocityWeight != 100) {
            throw new IllegalArgumentException("process signal weights must add up to 100");
        }
    }

    public static ProcessTargets defaults() {
        return new ProcessTargets(2, 36, 90, 24, 50, 14, 25, 20, 20, 15, 10, 10, StageId.of("needs-confirmed"));
    }
}
