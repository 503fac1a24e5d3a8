package io.tenantcrm.core.lead;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UserId;

import java.util.Objects;
import java.util.function.BiFunction;

/** Use case: sellers and managers sort leads: work, nurture, qualify, disqualify, reopen, assign, take. */
public final class LeadTriage {

    private final LeadRepository leads;
    private final Recorder recorder;

    public LeadTriage(LeadRepository leads, Recorder recorder) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public Lead startWorking(LeadId id) {
        return change(id, (lead, acting) -> lead.startWorking(acting));
    }

    public Lead nurture(LeadId id, String reason) {
        return change(id, (lead, acting) -> lead.nurture(reason, acting));
    }

    public Lead qualify(LeadId id) {
        return change(id, (lead, acting) -> lead.qualify(acting));
    }

    public Lead disqualify(LeadId id, String reason) {
        return change(id, (lead, acting) -> lead.disqualify(reason, acting));
    }

    public Lead reopen(LeadId id, String reason) {
        return change(id, (lead, acting) -> lead.reopen(reason, acting));
    }

    public Lead recordQualification(LeadId id, Qualification answers) {
        return change(id, (lead, acting) -> lead.recordQualification(answers, acting));
    }

    public Lead assign(LeadId id, UserId owner, String reason) {
        return change(id, (lead, acting) -> lead.assign(owner, reason, acting));
    }

    /** The acting seller takes an unowned lead (see {@link Lead#take}). */
    public Lead take(LeadId id) {
        return change(id, (lead, acting) -> lead.take(acting));
    }

    private Lead change(LeadId id, BiFunction<Lead, Acting, Change<Lead>> operation) {
        return recorder.inTransaction(acting -> {
            Lead lead = leads.find(acting.tenant(), id).orElseThrow(() -> new NotFoundException("lead", id));
            Change<Lead> change = operation.apply(lead, acting);
            Lead saved = leads.update(change.record());
            recorder.keep(change);
            return saved;
        });
    }
}
