package io.tenantcrm.core.deal;

import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a deal's stage history: from which stage (null when the deal was opened) to which, when, by whom.
 * The history is append-only; reports on conversion and time in stage read it.
 */
public record StageTransition(TenantId tenant, DealId deal, StageId from, StageId to, Instant at, UserId by) {

    public StageTransition {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }

    /** The transitions a change's events describe: deal opened, stage changed. */
    public static java.util.List<StageTransition> from(java.util.List<io.tenantcrm.core.shared.DomainEvent> events) {
        java.util.List<StageTransition> transitions = new java.util.ArrayList<>();
        for (var event : events) {
            if (event instanceof DealEvents.DealOpened opened) {
                transitions.add(new StageTransition(opened.tenant(), opened.deal(), null, opened.stage(),
                        opened.occurredAt(), opened.actor()));
            } else if (event instanceof DealEvents.DealStageChanged changed) {
                transitions.add(new StageTransition(changed.tenant(), changed.deal(), changed.from(), changed.to(),
                        changed.occurredAt(), changed.actor()));
            } else if (event instanceof DealEvents.DealReopened reopened) {
                transitions.add(new StageTransition(reopened.tenant(), reopened.deal(), reopened.from(),
                        reopened.stage(), reopened.occurredAt(), reopened.actor()));
            }
        }
        return transitions;
    }
}
