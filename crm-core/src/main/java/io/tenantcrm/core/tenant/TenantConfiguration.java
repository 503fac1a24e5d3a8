package io.tenantcrm.core.tenant;

import io.tenantcrm.core.approval.ApprovalPolicy;
import io.tenantcrm.core.dedupe.DuplicatePolicy;
import io.tenantcrm.core.health.HealthThresholds;
import io.tenantcrm.core.health.ProcessTargets;
import io.tenantcrm.core.lead.LeadIntakePolicy;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.scoring.ScoringModel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.sla.SlaSettings;

import java.util.Set;

/**
 * Outbound port: each tenant's own rules and thresholds. The reference service reads them from the tenant configuration table;
 * {@link #defaults()} gives every tenant the brief's defaults.
 */
public interface TenantConfiguration {

    Pipeline pipeline(TenantId tenant);

    LeadIntakePolicy leadIntake(TenantId tenant);

    /** How the tenant scores leads; by default the brief's model with no country or product targets. */
    default ScoringModel scoring(TenantId tenant) {
        return ScoringModel.defaults(Set.of(), Set.of());
    }

    /** When the tenant's deals turn yellow and red; by default 72 hours and 14 days. */
    default HealthThresholds health(TenantId tenant) {
        return HealthThresholds.defaults();
    }

    /** The tenant's process-health targets and weights; by default the brief's. */
    default ProcessTargets processTargets(TenantId tenant) {
        return ProcessTargets.defaults();
    }

    /** The tenant's SLA promises, business hours and escalation fallback; by default the brief's. */
    default SlaSettings sla(TenantId tenant) {
        return SlaSettings.defaults();
    }

    /** What the tenant does about sure duplicates on intake, conversion and import; by default warn, warn, skip. */
    default DuplicatePolicy duplicates(TenantId tenant) {
        return DuplicatePolicy.defaults();
    }

    /** Which quotes need whose approval; by default {@link ApprovalPolicy#defaults()}. */
    default ApprovalPolicy approvalPolicy(TenantId tenant) {
        return ApprovalPolicy.defaults();
    }

    /** How many days an instalment may go unpaid after its due date before collections take it up; by default 7. */
    default int paymentGraceDays(TenantId tenant) {
        return 7;
    }

    /** The B2B export pipeline, the minimal lead intake and the default scores, for every tenant. */
    static TenantConfiguration defaults() {
        Pipeline pipeline = Pipeline.defaultB2bExport();
        LeadIntakePolicy intake = LeadIntakePolicy.defaults();
        return new TenantConfiguration() {
            @Override
            public Pipeline pipeline(TenantId tenant) {
                return pipeline;
            }

            @Override
            public LeadIntakePolicy leadIntake(TenantId tenant) {
                return intake;
            }
        };
    }
}
