package io.tenantcrm.service.api.lead;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.assignment.AssignmentPolicies;
import io.tenantcrm.core.assignment.Availability;
import io.tenantcrm.core.assignment.LeadRouting;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadIntake;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.service.assignment.DirectoryAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an inquiry is taken in, whichever way it arrives (a user, a web form's intake key): checked for duplicates,
 * assigned by the tenant's rules, its SLA clocks started.
 */
@ApplicationScoped
public class LeadReception {

    private static final Logger LOG = Logger.getLogger(LeadReception.class.getName());

    @Inject
    Crm crm;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    AssignmentPolicies policies;

    @Inject
    LeadRouting routing;

    @Inject
    DirectoryAvailability directory;

    @Inject
    SlaClocks slaClocks;

    @Inject
    LeadRepository leads;

    @Inject
    CurrentUser caller;

    /** The lead as it stands after routing, and what it may duplicate. */
    public LeadIntake.Received receive(NewLead inquiry) {
        // the directory is asked before the transaction, and only when the tenant has rules to apply
        Availability availability = unitOfWork.inTransaction(() -> policies.of(caller.tenant())).isPresent()
                ? directory.of(caller.tenant()) : null;
        LeadIntake.Received received = crm.leadIntake().receiveChecked(inquiry);
        Lead lead = received.lead();
        if (availability != null) {
            lead = routed(lead, availability);
        }
        slaClocks.started(lead);
        return new LeadIntake.Received(lead, received.possibleDuplicates());
    }

    /**
     * Assigns the received lead by the tenant's rules, in a transaction of its own right after the intake's: a
     * lead whose routing fails is not lost but waits, visible, in the unassigned queue.
     */
    private Lead routed(Lead lead, Availability availability) {
        try {
            routing.route(lead.id(), availability);
            return unitOfWork.inTransaction(() -> leads.find(caller.tenant(), lead.id()).orElseThrow());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lead " + lead.id() + " stays unassigned: routing failed", e);
            return lead;
        }
    }
}
