package io.tenantcrm.core.deal;

import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageKind;
import io.tenantcrm.core.shared.Verdict;
import io.tenantcrm.core.shared.Violation;

/**
 * Which moves between stages are allowed. Forward is always fine; skipping open stages and moving back are fine
 * unless the pipeline forbids them; won and lost are terminal (a won deal may still move on to a later won stage,
 * such as "payment received") unless reopened with a reason; lost is entered only with a loss reason.
 */
public final class StageTransitionPolicy implements StageMovePolicy {

    @Override
    public Verdict check(StageMove move) {
        Stage from = move.from();
        Stage to = move.to();
        if (from == null) {
            return to.isOpen() ? Verdict.allowed()
                    : Verdict.rejected(new Violation("stage", "a new deal starts in an open stage"));
        }
        if (move.reopening()) {
            if (!from.isTerminal()) {
                return Verdict.rejected(new Violation("stage", "only a won or lost deal can be reopened"));
            }
            return to.isOpen() ? Verdict.allowed()
                    : Verdict.rejected(new Violation("stage", "a reopened deal goes back to an open stage"));
        }
        if (from.id().equals(to.id())) {
            return Verdict.rejected(new Violation("stage", "the deal is already in " + to.name()));
        }
        if (to.kind() == StageKind.LOST) {
            return Verdict.rejected(new Violation("stage", "closing a deal as lost needs a loss reason: use lose"));
        }
        if (from.isTerminal()) {
            boolean onwardWhileWon = from.kind() == StageKind.WON && to.kind() == StageKind.WON;
            if (!onwardWhileWon) {
                return Verdict.rejected(new Violation("stage", "the deal is " + (from.kind() == StageKind.WON
                        ? "won" : "lost") + ": reopen it with a reason before moving it to " + to.name()));
            }
        }
        if (from.isOpen() && to.isOpen()) {
            int distance = move.pipeline().positionOf(to.id()) - move.pipeline().positionOf(from.id());
            if (distance < 0 && !move.pipeline().movingBackAllowed()) {
                return Verdict.rejected(new Violation("stage",
                        "this pipeline does not allow moving back from " + from.name() + " to " + to.name()));
            }
            if (distance > 1 && !move.pipeline().skippingAllowed()) {
                return Verdict.rejected(new Violation("stage",
                        "this pipeline does not allow skipping stages between " + from.name() + " and " + to.name()));
            }
        }
        return Verdict.allowed();
    }
}
