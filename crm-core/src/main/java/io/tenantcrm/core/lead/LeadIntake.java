package io.tenantcrm.core.lead;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.DuplicateAction;
import io.tenantcrm.core.dedupe.DuplicateCheck;
import io.tenantcrm.core.dedupe.DuplicateFoundException;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Use case: an inquiry arrives (form, marketplace, fair, email, import) and becomes a lead of the acting tenant,
 * checked against the people and companies the tenant already has (see {@link DuplicateCheck}).
 */
public final class LeadIntake {

    private static final Set<RecordType> PEOPLE = Set.of(RecordType.LEAD, RecordType.CONTACT);

    private final LeadRepository leads;
    private final TenantConfiguration configuration;
    private final Recorder recorder;
    private final DuplicateCheck duplicates;

    public LeadIntake(LeadRepository leads, TenantConfiguration configuration, Recorder recorder,
                      DuplicateCheck duplicates) {
        this.leads = Objects.requireNonNull(leads, "leads");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.duplicates = Objects.requireNonNull(duplicates, "duplicates");
    }

    /** A lead taken in, and the people and companies it may already be (empty when the tenant allows all). */
    public record Received(Lead lead, List<DuplicatePair> possibleDuplicates) {

        public Received {
            Objects.requireNonNull(lead, "lead");
            possibleDuplicates = List.copyOf(possibleDuplicates);
        }
    }

    /**
     * @throws io.tenantcrm.core.shared.RuleViolationException naming every missing or invalid field; nothing saved
     * @throws DuplicateFoundException when the tenant blocks duplicates on intake and this person is surely here
     */
    public Lead receive(NewLead inquiry) {
        return receiveChecked(inquiry).lead();
    }

    /** Like {@link #receive}, also answering which records the lead may duplicate (the tenant's policy decides). */
    public Received receiveChecked(NewLead inquiry) {
        return recorder.inTransaction(acting -> {
            Change<Lead> change = Lead.receive(inquiry, configuration.leadIntake(acting.tenant()), acting);
            Lead lead = change.record();
            DuplicateAction action = configuration.duplicates(acting.tenant()).onIntake();
            List<DuplicatePair> possible = List.of();
            if (action != DuplicateAction.ALLOW) {
                String subject = lead.ref().toString();
                List<DuplicatePair> people = duplicates.people(acting.tenant(), subject, lead.matchKeys(), PEOPLE);
                List<DuplicatePair> sure = people.stream().filter(DuplicatePair::sure).toList();
                if (action == DuplicateAction.BLOCK && !sure.isEmpty()) {
                    throw new DuplicateFoundException("lead", sure);
                }
                // a known company is worth saying, but a new person at a customer is no duplicate
                possible = Stream.concat(people.stream(),
                        duplicates.companies(acting.tenant(), subject, lead.matchKeys()).stream()).toList();
            }
            Lead saved = leads.add(lead);
            recorder.keep(change);
            return new Received(saved, possible);
        });
    }
}
