package io.tenantcrm.core.sla;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Which timers a new lead or a sent quote starts, from the tenant's SLA settings. */
public final class SlaSchedule {

    private final SlaSettings settings;

    public SlaSchedule(SlaSettings settings) {
        this.settings = settings;
    }

    /** A new lead: each rung of the first-response ladder, and the initial proposal's due time. */
    public List<SlaTimer> forNewLead(TenantId tenant, RecordRef lead, Instant received) {
        List<SlaTimer> timers = new ArrayList<>();
        Instant due = settings.policy().firstResponseDue(received, settings.hours());
        List<Instant> rungs = settings.policy().escalationTimes(due, settings.hours());
        for (int step = 0; step < rungs.size(); step++) {
            timers.add(SlaTimer.schedule(tenant, lead, SlaTimer.Clock.FIRST_RESPONSE, step, rungs.get(step)));
        }
        timers.add(SlaTimer.schedule(tenant, lead, SlaTimer.Clock.INITIAL_PROPOSAL, 0,
                settings.policy().initialProposalDue(received, settings.hours())));
        return timers;
    }

    /** A quote went out on a deal: the follow-up reminders in the customer's time zone. */
    public List<SlaTimer> forQuote(TenantId tenant, RecordRef deal, Instant sent, ZoneId customerZone) {
        List<Instant> reminders = settings.policy().quoteReminders(sent, customerZone);
        List<SlaTimer> timers = new ArrayList<>();
        for (int step = 0; step < reminders.size(); step++) {
            timers.add(SlaTimer.schedule(tenant, deal, SlaTimer.Clock.QUOTE_FOLLOW_UP, step, reminders.get(step)));
        }
        return timers;
    }
}
