package io.tenantcrm.core.tenant;

import io.tenantcrm.core.lead.LeadIntakePolicy;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.shared.TenantId;

/**
 * Outbound port: each tenant's own rules. The reference service reads them from the tenant configuration table;
 * {@link #defaults()} gives every tenant the brief's defaults.
 */
public interface TenantConfiguration {

    Pipeline pipeline(TenantId tenant);

    LeadIntakePolicy leadIntake(TenantId tenant);

    /** The B2B export pipeline and the minimal lead intake, for every tenant. */
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
