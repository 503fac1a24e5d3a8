package io.tenantcrm.core.tenant;

import io.tenantcrm.core.dedupe.DuplicateAction;
import io.tenantcrm.core.dedupe.DuplicatePolicy;
import io.tenantcrm.core.health.HealthThresholds;
import io.tenantcrm.core.health.ProcessTargets;
import io.tenantcrm.core.lead.LeadField;
import io.tenantcrm.core.lead.LeadIntakePolicy;
import io.tenantcrm.core.pipeline.FieldTiers;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.PipelineRepository;
import io.tenantcrm.core.scoring.ScoringModel;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.BusinessHours;
import io.tenantcrm.core.sla.SlaPolicy;
import io.tenantcrm.core.sla.SlaSettings;
import io.tenantcrm.core.sla.WeeklyHours;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link TenantConfiguration} read from each tenant's stored pipeline and settings, falling back to the brief's
 * defaults for anything the tenant did not set. Read on every call, so a change applies to the next request.
 */
public final class ConfiguredTenants implements TenantConfiguration {

    private final PipelineRepository pipelines;
    private final TenantSettings settings;

    public ConfiguredTenants(PipelineRepository pipelines, TenantSettings settings) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Pipeline pipeline(TenantId tenant) {
        return pipelines.find(tenant, PipelineId.of("default")).orElseGet(Pipeline::defaultB2bExport);
    }

    @Override
    public LeadIntakePolicy leadIntake(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        LeadIntakePolicy defaults = LeadIntakePolicy.defaults();
        Set<LeadField> required = values.containsKey(SettingKeys.LEAD_REQUIRED_FIELDS)
                ? SettingKeys.leadFields(values.get(SettingKeys.LEAD_REQUIRED_FIELDS)) : defaults.tiers().required();
        Set<LeadField> suggested = values.containsKey(SettingKeys.LEAD_SUGGESTED_FIELDS)
                ? SettingKeys.leadFields(values.get(SettingKeys.LEAD_SUGGESTED_FIELDS)) : defaults.tiers().suggested();
        return new LeadIntakePolicy(FieldTiers.of(required, suggested));
    }

    @Override
    public HealthThresholds health(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        HealthThresholds defaults = HealthThresholds.defaults();
        return new HealthThresholds(
                values.containsKey(SettingKeys.HEALTH_GREEN_WITHIN)
                        ? SettingKeys.positiveDuration(values.get(SettingKeys.HEALTH_GREEN_WITHIN))
                        : defaults.greenWithin(),
                values.containsKey(SettingKeys.HEALTH_RED_AFTER)
                        ? SettingKeys.positiveDuration(values.get(SettingKeys.HEALTH_RED_AFTER)) : defaults.redAfter(),
                values.containsKey(SettingKeys.HEALTH_ROTTEN_RED_FACTOR)
                        ? (int) SettingKeys.positiveNumber(values.get(SettingKeys.HEALTH_ROTTEN_RED_FACTOR))
                        : defaults.rottenRedFactor());
    }

    @Override
    public ScoringModel scoring(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        Set<CountryCode> countries = SettingKeys.list(values.getOrDefault(SettingKeys.SCORING_TARGET_COUNTRIES, ""))
                .stream().map(CountryCode::of).collect(Collectors.toUnmodifiableSet());
        return ScoringModel.defaults(countries,
                SettingKeys.list(values.getOrDefault(SettingKeys.SCORING_PRODUCT_LINES, "")));
    }

    @Override
    public ProcessTargets processTargets(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        ProcessTargets d = ProcessTargets.defaults();
        return new ProcessTargets(
                number(values, SettingKeys.PROCESS_TOUCHES_PER_WEEK, d.touchesPerWeek()),
                hours(values, SettingKeys.PROCESS_QUOTE_FEEDBACK, d.quoteFeedbackHours()),
                number(values, SettingKeys.PROCESS_COLLECTIONS_ACTED_PERCENT, d.collectionsActedPercent()),
                hours(values, SettingKeys.PROCESS_NEED_CONFIRMATION, d.needConfirmationHours()),
                d.conversionPercent(), d.daysInStage(), d.touchesWeight(), d.quoteFeedbackWeight(),
                d.collectionsWeight(), d.needConfirmationWeight(), d.conversionWeight(), d.velocityWeight(),
                d.needsConfirmedStage());
    }

    @Override
    public SlaSettings sla(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        SlaSettings d = SlaSettings.defaults();
        SlaPolicy p = d.policy();
        SlaPolicy policy = new SlaPolicy(
                values.containsKey(SettingKeys.SLA_FIRST_RESPONSE)
                        ? SettingKeys.positiveDuration(values.get(SettingKeys.SLA_FIRST_RESPONSE)) : p.firstResponse(),
                values.containsKey(SettingKeys.SLA_INITIAL_PROPOSAL)
                        ? SettingKeys.positiveDuration(values.get(SettingKeys.SLA_INITIAL_PROPOSAL))
                        : p.initialProposal(),
                p.quoteFollowUps(), p.followUpAt(), p.ladder());
        ZoneId zone = values.containsKey(SettingKeys.SLA_TIME_ZONE) ? ZoneId.of(values.get(SettingKeys.SLA_TIME_ZONE))
                : d.hours().zone();
        Set<LocalDate> holidays = values.containsKey(SettingKeys.SLA_HOLIDAYS)
                ? SettingKeys.holidays(values.get(SettingKeys.SLA_HOLIDAYS)) : Set.of();
        BusinessHours hours = WeeklyHours.parse(values.getOrDefault(SettingKeys.SLA_BUSINESS_HOURS,
                WeeklyHours.format(d.hours())), zone, holidays);
        UserId fallback = values.containsKey(SettingKeys.SLA_ESCALATION_FALLBACK)
                ? UserId.of(values.get(SettingKeys.SLA_ESCALATION_FALLBACK)) : null;
        return new SlaSettings(policy, hours, fallback);
    }

    @Override
    public DuplicatePolicy duplicates(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        DuplicatePolicy d = DuplicatePolicy.defaults();
        return new DuplicatePolicy(action(values, SettingKeys.DUPLICATES_ON_INTAKE, d.onIntake()),
                action(values, SettingKeys.DUPLICATES_ON_CONVERSION, d.onConversion()),
                action(values, SettingKeys.DUPLICATES_ON_IMPORT, d.onImport()),
                values.containsKey(SettingKeys.DUPLICATES_SURE_AT)
                        ? SettingKeys.score(values.get(SettingKeys.DUPLICATES_SURE_AT)) : d.sureAt(),
                values.containsKey(SettingKeys.DUPLICATES_POSSIBLE_AT)
                        ? SettingKeys.score(values.get(SettingKeys.DUPLICATES_POSSIBLE_AT)) : d.possibleAt());
    }

    /**
     * The levels of {@code crm.quotes.approval-levels} (the default policy's when unset; an empty value: no
     * approval), waiting {@code crm.quotes.approval-escalation} business hours (24) per step.
     */
    @Override
    public io.tenantcrm.core.approval.ApprovalPolicy approvalPolicy(TenantId tenant) {
        Map<String, String> values = settings.of(tenant);
        io.tenantcrm.core.approval.ApprovalPolicy d = io.tenantcrm.core.approval.ApprovalPolicy.defaults();
        return new io.tenantcrm.core.approval.ApprovalPolicy(values.containsKey(SettingKeys.QUOTES_APPROVAL_LEVELS)
                ? io.tenantcrm.core.approval.ApprovalLevelsText.parse(values.get(SettingKeys.QUOTES_APPROVAL_LEVELS))
                : d.levels(), values.containsKey(SettingKeys.QUOTES_APPROVAL_ESCALATION)
                ? SettingKeys.positiveDuration(values.get(SettingKeys.QUOTES_APPROVAL_ESCALATION)) : d.escalateAfter());
    }

    @Override
    public int paymentGraceDays(TenantId tenant) {
        String days = settings.of(tenant).get(SettingKeys.PAYMENTS_GRACE_DAYS);
        return days == null ? TenantConfiguration.super.paymentGraceDays(tenant) : SettingKeys.days(days);
    }

    private static DuplicateAction action(Map<String, String> values, String key, DuplicateAction fallback) {
        return values.containsKey(key) ? SettingKeys.duplicateAction(values.get(key)) : fallback;
    }

    private static double number(Map<String, String> values, String key, double fallback) {
        return values.containsKey(key) ? SettingKeys.positiveNumber(values.get(key)) : fallback;
    }

    private static double hours(Map<String, String> values, String key, double fallback) {
        return values.containsKey(key) ? SettingKeys.positiveDuration(values.get(key)).toMinutes() / 60.0 : fallback;
    }
}
