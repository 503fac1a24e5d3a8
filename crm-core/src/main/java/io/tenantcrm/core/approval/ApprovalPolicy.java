package io.tenantcrm.core.approval;

import io.tenantcrm.core.quote.QuoteTotals;
import io.tenantcrm.core.tenant.CrmRole;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tenant's rules for which quotes need whose approval: up to three levels, lowest first, and how long a decision
 * may wait (in business hours) before it goes to the next level up. A version needs every level one of whose
 * rules it breaks, decided in order; a version that breaks none is approved as it is.
 */
public record ApprovalPolicy(List<ApprovalLevel> levels, Duration escalateAfter) {

    public static final int MAX_LEVELS = 3;

    public ApprovalPolicy {
        levels = List.copyOf(levels);
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        if (levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException("at most " + MAX_LEVELS + " approval levels");
        }
        if (escalateAfter.isNegative() || escalateAfter.isZero()) {
            throw new IllegalArgumentException("escalateAfter must be positive");
        }
    }

    /**
     * What a tenant gets until it says otherwise: the owner's manager for a discount over 10%, a margin under 15%
     * (or unknown) or a line under its floor; a tenant admin for a margin under 5%; 24 business hours to decide.
     */
    public static ApprovalPolicy defaults() {
        return new ApprovalPolicy(List.of(
                new ApprovalLevel("manager", new Approver.OwnersManager(), List.of(
                        new ApprovalRule.DiscountOver(BigDecimal.TEN),
                        new ApprovalRule.MarginUnder(BigDecimal.valueOf(15)),
                        new ApprovalRule.LineUnderFloor())),
                new ApprovalLevel("director", new Approver.WithRole(CrmRole.TENANT_ADMIN), List.of(
                        new ApprovalRule.MarginUnder(BigDecimal.valueOf(5))))),
                Duration.ofHours(24));
    }

    /** No approval ever needed. */
    public static ApprovalPolicy none() {
        return new ApprovalPolicy(List.of(), Duration.ofHours(24));
    }

    /** The levels the totals need, each with the rules that fired; empty when none. */
    public List<ApprovalStep.Required> need(QuoteTotals totals) {
        List<ApprovalStep.Required> needed = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            ApprovalLevel level = levels.get(i);
            List<ApprovalRule.Trigger> fired = level.rules().stream().flatMap(r -> r.firedBy(totals).stream())
                    .toList();
            if (!fired.isEmpty()) {
                needed.add(new ApprovalStep.Required(i, level.name(), fired));
            }
        }
        return needed;
    }

    /**
     * Who decides a step of level {@code level} after {@code escalations} escalations: each goes one level up, and
     * past the top level to the tenant's admins.
     */
    public Approver approverOf(int level, int escalations) {
        int at = level + escalations;
        return at < levels.size() ? levels.get(at).approver() : new Approver.WithRole(CrmRole.TENANT_ADMIN);
    }

    /** Whether a step can still go higher: the tenant's admins are the last to be asked. */
    public boolean canEscalate(int level, int escalations) {
        return level + escalations < levels.size();
    }
}
