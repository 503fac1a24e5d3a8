package io.tenantcrm.core.assignment;

import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadRepository;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Use case: a new lead is given to someone by the tenant's rules, in the same transaction that locks the pools it
 * touches. The assignment's explanation becomes the reason of the ownership transfer, on the lead's history. A
 * tenant without a policy keeps its leads in the unassigned queue.
 */
public final class LeadRouting {

    private final AssignmentPolicies policies;
    private final PoolStates pools;
    private final LeadRepository leads;
    private final TenantConfiguration configuration;
    private final Recorder recorder;

    public LeadRouting(AssignmentPolicies policies, PoolStates pools, LeadRepository leads,
                       TenantConfiguration configuration, Recorder recorder) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.leads = Objects.requireNonNull(leads, "leads");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** Assigns an unassigned lead by the rules; answers the assignment (no assignee when none applies). */
    public Assignment route(LeadId id, Availability availability) {
        return recorder.inTransaction(acting -> {
            Lead lead = leads.find(acting.tenant(), id).orElseThrow(() -> new NotFoundException("lead", id));
            var policy = policies.of(acting.tenant());
            if (policy.isEmpty()) {
                return new Assignment(null, null, null, List.of(AssignmentSteps.noRules()));
            }
            if (lead.owner() != null) {
                return new Assignment(lead.owner(), null, null, List.of(AssignmentSteps.alreadyOwned(lead.owner())));
            }
            var grade = configuration.scoring(acting.tenant()).score(lead.qualification(), lead.country()).grade();
            Map<String, PoolState> locked = new HashMap<>();
            Assignment assignment = new LeadAssigner(policy.get()).assign(LeadFacts.of(lead, grade),
                    name -> locked.computeIfAbsent(name, n -> pools.lock(acting.tenant(),
                            policy.get().pool(n).orElseThrow())), availability, acting.at());
            if (assignment.owner().isEmpty()) {
                return assignment;
            }
            if (assignment.pool() != null) {
                pools.advance(acting.tenant(), assignment.pool(), assignment.assignee());
            }
            var change = lead.assign(assignment.assignee(), reasonOf(assignment), assignment.steps(), acting);
            leads.update(change.record());
            recorder.keep(change);
            return assignment;
        });
    }

    /** The explanation, cut to what an ownership transfer's reason holds. */
    private static String reasonOf(Assignment assignment) {
        String reason = "assignment rules: " + assignment.reason();
        return reason.length() <= Reasons.MAX_LENGTH ? reason : reason.substring(0, Reasons.MAX_LENGTH - 1) + "…";
    }
}
