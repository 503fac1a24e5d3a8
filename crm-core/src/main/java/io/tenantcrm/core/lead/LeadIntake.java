package io.tenantcrm.core.lead;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.util.Objects;

/** Use case: an inquiry arrives (form, marketplace, fair, email, import) and becomes a lead of the acting tenant. */
public final class LeadIntake {

    private final LeadRepository leads;
    private final TenantConfiguration configuration;
    private final Recorder recorder;

    public LeadIntake(LeadRepository leads, TenantConfiguration configuration, Recorder recorder) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * @throws io.tenantcrm.core.shared.RuleViolationException naming every missing or invalid field; nothing saved
     */
    public Lead receive(NewLead inquiry) {
        return recorder.inTransaction(acting -> {
            Change<Lead> change = Lead.receive(inquiry, configuration.leadIntake(acting.tenant()), acting);
            Lead saved = leads.add(change.record());
            recorder.keep(change);
            return saved;
        });
    }
}
