package io.tenantcrm.persistence.pipeline;

import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.pipeline.FieldTiers;
import io.tenantcrm.core.pipeline.ForecastCategory;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.pipeline.TaskTemplate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Row of {@code pipeline_stage}: one stage at its position. Field tiers are comma-separated field names; task
 * templates are lines of "minutes after entry, tab, title".
 */
@Entity
@Table(name = "pipeline_stage")
@IdClass(PipelineStageEntity.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PipelineStageEntity {

    @Id
    @Column(name = "pipeline_id")
    private String pipelineId;
    @Id
    private int position;
    @Column(name = "stage_id")
    private String stageId;
    private String name;
    @Enumerated(EnumType.STRING)
    private StageKind kind;
    @Column(name = "probability_percent")
    private int probabilityPercent;
    @Enumerated(EnumType.STRING)
    @Column(name = "forecast_category")
    private ForecastCategory forecastCategory;
    @Column(name = "rotting_days")
    private int rottingDays;
    @Column(name = "max_next_step_gap_minutes")
    private long maxNextStepGapMinutes;
    @Column(name = "escalation_after_minutes")
    private Long escalationAfterMinutes;
    @Column(name = "required_fields")
    private String requiredFields;
    @Column(name = "suggested_fields")
    private String suggestedFields;
    @Column(name = "task_templates")
    private String taskTemplates;

    protected PipelineStageEntity() {
        // for JPA
    }

    static PipelineStageEntity from(String pipelineId, int position, Stage stage) {
        PipelineStageEntity row = new PipelineStageEntity();
        row.pipelineId = pipelineId;
        row.position = position;
        row.stageId = stage.id().value();
        row.name = stage.name();
        row.kind = stage.kind();
        row.probabilityPercent = stage.probabilityPercent();
        row.forecastCategory = stage.forecastCategory();
        row.rottingDays = stage.rottingDays();
        row.maxNextStepGapMinutes = stage.maxNextStepGap().toMinutes();
        row.escalationAfterMinutes = stage.escalationAfter().map(Duration::toMinutes).orElse(null);
        row.requiredFields = names(stage.fieldsToEnter().required());
        row.suggestedFields = names(stage.fieldsToEnter().suggested());
        row.taskTemplates = stage.tasksOnEntry().stream()
                .map(t -> t.dueAfterEntry().toMinutes() + "\t" + t.title().replace('\n', ' ').replace('\t', ' '))
                .collect(Collectors.joining("\n"));
        return row;
    }

    Stage toDomain() {
        List<TaskTemplate> templates = new ArrayList<>();
        for (String line : taskTemplates.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t", 2);
                templates.add(new TaskTemplate(parts[1], Duration.ofMinutes(Long.parseLong(parts[0]))));
            }
        }
        return new Stage(StageId.of(stageId), name, kind, probabilityPercent, forecastCategory, rottingDays,
                Duration.ofMinutes(maxNextStepGapMinutes), FieldTiers.of(fields(requiredFields),
                fields(suggestedFields)), templates,
                Optional.ofNullable(escalationAfterMinutes).map(Duration::ofMinutes));
    }

    private static String names(Set<DealField> fields) {
        return fields.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<DealField> fields(String names) {
        return Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(DealField::valueOf)
                .collect(Collectors.toSet());
    }

    /** The composite key (the tenant column is added by EclipseLink). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String pipelineId;
        private int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(pipelineId, k.pipelineId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(pipelineId, position);
        }
    }
}
