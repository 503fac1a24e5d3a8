package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.Verdict;

import java.util.List;

/** One rule about entering a stage. Each answers with an allowance or every violation it found. */
public interface StageMovePolicy {

    Verdict check(StageMove move);

    /** Every rule a move must pass, in the order their violations are reported. */
    static List<StageMovePolicy> allCurrentPolicies() {
        return List.of(new StageTransitionPolicy(), new RequiredFieldsPolicy(), new NextStepPolicy());
    }

    static Verdict checkAll(StageMove move) {
        Verdict verdict = Verdict.allowed();
        for (StageMovePolicy policy : allCurrentPolicies()) {
            verdict = verdict.and(policy.check(move));
        }
        return verdict;
    }
}
