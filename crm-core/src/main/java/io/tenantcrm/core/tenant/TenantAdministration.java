package io.tenantcrm.core.tenant;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineRepository;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.RuleViolationException;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: a tenant admin tunes the tenant's rules: settings (thresholds, targets, required fields) and the
 * pipeline. Every change is audited against the tenant record. A stage that open deals still sit in cannot be
 * removed: move the deals first.
 */
public final class TenantAdministration {

    private final TenantSettings settings;
    private final PipelineRepository pipelines;
    private final DealQueries deals;
    private final TenantConfiguration configuration;
    private final Recorder recorder;

    public TenantAdministration(TenantSettings settings, PipelineRepository pipelines, DealQueries deals,
                                TenantConfiguration configuration, Recorder recorder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** @throws io.tenantcrm.core.shared.InvalidValueException naming the key, for an unknown key or a bad value */
    public void changeSetting(String key, String value) {
        SettingKeys.check(key, value);
        recorder.inTransaction(acting -> {
            String before = settings.of(acting.tenant()).get(key);
            settings.put(acting.tenant(), key, value);
            recorder.keep(List.of(AuditEntry.of(acting, new RecordRef(RecordType.TENANT, acting.tenant().value()),
                    key, before, value.strip(), null)), List.of());
            return null;
        });
    }

    public void replacePipeline(Pipeline pipeline) {
        recorder.inTransaction(acting -> {
            Set<StageId> kept = pipeline.stages().stream().map(s -> s.id()).collect(Collectors.toSet());
            Set<StageId> stranded = deals.openDeals(acting.tenant()).stream()
                    .filter(deal -> deal.pipeline().equals(pipeline.id()))
                    .map(Deal::stage)
                    .filter(stage -> !kept.contains(stage))
                    .collect(Collectors.toSet());
            if (!stranded.isEmpty()) {
                throw new RuleViolationException("stages", "open deals are still in " + stranded.stream()
                        .map(StageId::value).sorted().collect(Collectors.joining(", "))
                        + ": move them before removing the stage");
            }
            Pipeline before = configuration.pipeline(acting.tenant());
            pipelines.save(acting.tenant(), pipeline);
            recorder.keep(List.of(AuditEntry.of(acting, new RecordRef(RecordType.TENANT, acting.tenant().value()),
                    "pipeline." + pipeline.id(), describe(before), describe(pipeline), null)), List.of());
            return null;
        });
    }

    private static String describe(Pipeline pipeline) {
        return pipeline.stages().stream().map(s -> s.id() + ":" + s.probabilityPercent())
                .collect(Collectors.joining(","));
    }
}
