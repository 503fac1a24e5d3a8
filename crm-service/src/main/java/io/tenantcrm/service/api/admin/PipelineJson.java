package io.tenantcrm.service.api.admin;

import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.pipeline.FieldTiers;
import io.tenantcrm.core.pipeline.ForecastCategory;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.pipeline.TaskTemplate;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Violation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant's pipeline as JSON, both ways; durations in hours, fields by their API names. */
public record PipelineJson(String id, String name, Boolean skippingAllowed, Boolean movingBackAllowed,
                           List<StageJson> stages) {

    public record StageJson(String id, String name, String kind, Integer probabilityPercent, String forecastCategory,
                            Integer rottingDays, Long maxNextStepGapHours, Long escalationAfterHours,
                            List<String> requiredFields, List<String> suggestedFields, List<TaskJson> tasksOnEntry) {
    }

    public record TaskJson(String title, Long dueAfterHours) {
    }

    public static PipelineJson of(Pipeline pipeline) {
        return new PipelineJson(pipeline.id().value(), pipeline.name(), pipeline.skippingAllowed(),
                pipeline.movingBackAllowed(), pipeline.stages().stream().map(s -> new StageJson(s.id().value(),
                        s.name(), s.kind().name(), s.probabilityPercent(), s.forecastCategory().name(),
                        s.rottingDays(), s.maxNextStepGap().toHours(), s.escalationAfter().map(Duration::toHours)
                        .orElse(null), names(s.fieldsToEnter().required()), names(s.fieldsToEnter().suggested()),
                        s.tasksOnEntry().stream().map(t -> new TaskJson(t.title(), t.dueAfterEntry().toHours()))
                                .toList())).toList());
    }

    /** @throws InvalidValueException naming the stage and field that does not fit */
    public Pipeline toPipeline() {
        if (stages == null || stages.isEmpty()) {
            throw new InvalidValueException("stages", "a pipeline needs stages");
        }
        List<Stage> built = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            String at = "stages[" + i + "]";
            StageJson s = stages.get(i);
            try {
                built.add(new Stage(StageId.of(s.id()), s.name(), enumOf(StageKind.class, s.kind(), at + ".kind"),
                        require(s.probabilityPercent(), at + ".probabilityPercent"),
                        enumOf(ForecastCategory.class, s.forecastCategory(), at + ".forecastCategory"),
                        require(s.rottingDays(), at + ".rottingDays"),
                        Duration.ofHours(require(s.maxNextStepGapHours(), at + ".maxNextStepGapHours")),
                        FieldTiers.of(fields(s.requiredFields(), at + ".requiredFields"),
                                fields(s.suggestedFields(), at + ".suggestedFields")),
                        tasks(s.tasksOnEntry(), at + ".tasksOnEntry"),
                        Optional.ofNullable(s.escalationAfterHours()).map(Duration::ofHours)));
            } catch (InvalidValueException e) {
                throw e.field().startsWith("stages") ? e : e.forField(at + "." + e.field());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException(at, String.valueOf(e.getMessage()));
            }
        }
        PipelineId pipelineId;
        try {
            pipelineId = PipelineId.of(id == null ? "default" : id);
        } catch (InvalidValueException e) {
            throw e.forField("id");
        }
        try {
            return new Pipeline(pipelineId, name == null ? "Pipeline" : name, built,
                    skippingAllowed == null || skippingAllowed, movingBackAllowed == null || movingBackAllowed);
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("stages", e.getMessage());
        }
    }

    private static List<String> names(Set<DealField> fields) {
        return fields.stream().map(DealField::fieldName).sorted().toList();
    }

    private static Set<DealField> fields(List<String> names, String field) {
        if (names == null) {
            return Set.of();
        }
        return names.stream().map(name -> java.util.Arrays.stream(DealField.values())
                        .filter(f -> f.fieldName().equalsIgnoreCase(name) || f.name().equalsIgnoreCase(name))
                        .findFirst()
                        .orElseThrow(() -> new InvalidValueException(field, "'" + name + "' is not a deal field; known: "
                                + java.util.Arrays.stream(DealField.values()).map(DealField::fieldName).toList())))
                .collect(Collectors.toSet());
    }

    /** The tasks a stage makes on entry, each refusal named after its task ({@code stages[2].tasksOnEntry[0].title}). */
    private static List<TaskTemplate> tasks(List<TaskJson> tasks, String at) {
        List<TaskTemplate> made = new ArrayList<>();
        for (int j = 0; tasks != null && j < tasks.size(); j++) {
            TaskJson task = tasks.get(j);
            String field = at + "[" + j + "]";
            if (task == null || task.title() == null || task.title().isBlank()) {
                throw new InvalidValueException(field + ".title", "a task needs a title", Violation.REQUIRED);
            }
            Long hours = require(task.dueAfterHours(), field + ".dueAfterHours");
            if (hours < 0) {
                throw new InvalidValueException(field + ".dueAfterHours", "a task cannot be due before the stage is"
                        + " entered");
            }
            try {
                made.add(new TaskTemplate(task.title().strip(), Duration.ofHours(hours)));
            } catch (InvalidValueException e) {
                throw e.forField(field + "." + e.field());
            }
        }
        return made;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, require(value, field).strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
