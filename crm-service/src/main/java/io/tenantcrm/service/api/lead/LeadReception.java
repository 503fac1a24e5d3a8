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
import io.tenantcrm.service.assignment.DirectoryAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an inquiry is taken in, whichever way it arrives (a user, a web form's intake key): checked for duplicates,
 * its SLA clocks started, assigned by the tenant's rules, all in one transaction (one flush, one commit). Routing
 * that fails on its own rules leaves the lead unassigned, visible in the queue, rather than losing it; what the
 * database refuses fails the whole intake, which the client sends again (the console with its Idempotency-Key).
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
    LeadRepository leads;

    @Inject
    CurrentUser caller;

    /** The lead as it stands after routing, and what it may duplicate. */
    public LeadIntake.Received receive(NewLead inquiry) {
        // the directory (Keycloak) is asked before the transaction, and only when the tenant has rules to apply
        Availability availability = policies.of(caller.tenant()).isPresent() ? directory.of(caller.tenant()) : null;
        return unitOfWork.inTransaction(() -> {
            LeadIntake.Received received = crm.leadIntake().receiveChecked(inquiry);
            Lead lead = availability == null ? received.lead() : routed(received.lead(), availability);
            return new LeadIntake.Received(lead, received.possibleDuplicates());
        });
    }

    /** Assigns the received lead by the tenant's rules; last, so a pool's rotation stays locked only briefly. */
    private Lead routed(Lead lead, Availability availability) {
        try {
            routing.route(lead.id(), availability);
            return leads.find(caller.tenant(), lead.id()).orElseThrow(); // from the transaction's own records
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lead " + lead.id() + " stays unassigned: routing failed", e);
            return lead;
        }
    }
}
