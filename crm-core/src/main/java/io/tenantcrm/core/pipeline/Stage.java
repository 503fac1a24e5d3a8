package io.tenantcrm.core.pipeline;

import io.tenantcrm.core.shared.TextLimit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A step of a tenant's pipeline, and the rules that come with it.
 *
 * <ul>
 *   <li>{@code probabilityPercent}: the chance a deal here is won, weighting the forecast (won: 100, lost: 0);</li>
 *   <li>{@code rottingDays}: how long a deal may sit here before it counts as stalled;</li>
 *   <li>{@code maxNextStepGap}: how far ahead the next step may be scheduled while here;</li>
 *   <li>{@code fieldsToEnter}: what must (or should) be filled before a deal enters;</li>
 *   <li>{@code tasksOnEntry}: what the owner gets to do on entering;</li>
 *   <li>{@code escalationAfter}: business hours without progress before the manager is told (none: never).</li>
 * </ul>
 */
public record Stage(StageId id, String name, StageKind kind, int probabilityPercent,
                    ForecastCategory forecastCategory, int rottingDays, Duration maxNextStepGap,
                    FieldTiers<DealField> fieldsToEnter, List<TaskTemplate> tasksOnEntry,
                    Optional<Duration> escalationAfter) {

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.strip().length() > TextLimit.LINE.maxLength()) {
            throw new io.tenantcrm.core.shared.RuleViolationException("name", "must be at most "
                    + TextLimit.LINE.maxLength() + " characters");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(forecastCategory, "forecastCategory");
        Objects.requireNonNull(maxNextStepGap, "maxNextStepGap");
        Objects.requireNonNull(fieldsToEnter, "fieldsToEnter");
        Objects.requireNonNull(escalationAfter, "escalationAfter");
        tasksOnEntry = List.copyOf(tasksOnEntry);
        if (name.isBlank()) {
            throw new IllegalArgumentException("stage " + id + " needs a name");
        }
        if (probabilityPercent < 0 || probabilityPercent > 100) {
            throw new IllegalArgumentException("stage " + id + ": probability must be 0-100, was "
                    + probabilityPercent);
        }
        if (rottingDays < 1) {
            throw new IllegalArgumentException("stage " + id + ": rotting days must be at least 1");
        }
        if (maxNextStepGap.isNegative() || maxNextStepGap.isZero()) {
            throw new IllegalArgumentException("stage " + id + ": the next-step gap must be positive");
        }
        if (kind == StageKind.WON && (probabilityPercent != 100 || forecastCategory != ForecastCategory.CLOSED)) {
            throw new IllegalArgumentException("won stage " + id + " must have probability 100 and category CLOSED");
        }
        if (kind == StageKind.LOST && (probabilityPercent != 0 || forecastCategory != ForecastCategory.OMITTED)) {
            throw new IllegalArgumentException("lost stage " + id + " must have probability 0 and category OMITTED");
        }
    }

    /** An open stage with the usual defaults, to be refined with the {@code with...} methods. */
    public static Stage open(String id, String name, int probabilityPercent, ForecastCategory category) {
        return new Stage(StageId.of(id), name, StageKind.OPEN, probabilityPercent, category, 14, Duration.ofDays(14),
                FieldTiers.none(), List.of(), Optional.empty());
    }

    public static Stage won(String id, String name) {
        return new Stage(StageId.of(id), name, StageKind.WON, 100, ForecastCategory.CLOSED, 30, Duration.ofDays(30),
                FieldTiers.none(), List.of(), Optional.empty());
    }

    public static Stage lost(String id, String name) {
        return new Stage(StageId.of(id), name, StageKind.LOST, 0, ForecastCategory.OMITTED, 30, Duration.ofDays(30),
                FieldTiers.none(), List.of(), Optional.empty());
    }

    public Stage withRotting(int days, Duration nextStepGap) {
        return new Stage(id, name, kind, probabilityPercent, forecastCategory, days, nextStepGap, fieldsToEnter,
                tasksOnEntry, escalationAfter);
    }

    public Stage withFieldsToEnter(FieldTiers<DealField> fields) {
        return new Stage(id, name, kind, probabilityPercent, forecastCategory, rottingDays, maxNextStepGap, fields,
                tasksOnEntry, escalationAfter);
    }

    public Stage withTasksOnEntry(TaskTemplate... templates) {
        return new Stage(id, name, kind, probabilityPercent, forecastCategory, rottingDays, maxNextStepGap,
                fieldsToEnter, List.of(templates), escalationAfter);
    }

    public Stage withEscalationAfter(Duration businessHours) {
        return new Stage(id, name, kind, probabilityPercent, forecastCategory, rottingDays, maxNextStepGap,
                fieldsToEnter, tasksOnEntry, Optional.of(businessHours));
    }

    /** The win probability as a factor between 0 and 1, for weighting amounts. */
    public BigDecimal probability() {
        return BigDecimal.valueOf(probabilityPercent).movePointLeft(2);
    }

    public boolean isOpen() {
        return kind == StageKind.OPEN;
    }

    public boolean isTerminal() {
        return kind != StageKind.OPEN;
    }
}
