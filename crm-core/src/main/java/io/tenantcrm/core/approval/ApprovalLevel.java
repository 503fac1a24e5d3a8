package io.tenantcrm.core.approval;

import java.util.List;
import java.util.Objects;

/**
 * One level of a tenant's approval policy: its name ("manager", "director"), who decides, and the rules that
 * make a quote need it (any one is enough).
 */
public record ApprovalLevel(String name, Approver approver, List<ApprovalRule> rules) {

    public ApprovalLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(approver, "approver");
        rules = List.copyOf(rules);
    }
}
