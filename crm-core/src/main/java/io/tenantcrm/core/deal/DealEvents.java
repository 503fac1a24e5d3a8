package io.tenantcrm.core.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;

/** The events a deal's operations return. */
public final class DealEvents {

    private DealEvents() {
    }

    public record DealOpened(TenantId tenant, DealId deal, AccountId account, StageId stage, UserId owner,
                             Money amount, UserId actor, Instant occurredAt) implements DomainEvent {
    }

    public record DealStageChanged(TenantId tenant, DealId deal, StageId from, StageId to, UserId actor,
                                   Instant occurredAt) implements DomainEvent {
    }

    public record DealWon(TenantId tenant, DealId deal, StageId stage, Money amount, UserId actor,
                          Instant occurredAt) implements DomainEvent {
    }

    public record DealLost(TenantId tenant, DealId deal, StageId lastOpenStage, LossReason reason, UserId actor,
                           Instant occurredAt) implements DomainEvent {
    }

    public record DealReopened(TenantId tenant, DealId deal, StageId from, StageId stage, String reason,
                               UserId actor, Instant occurredAt) implements DomainEvent {
    }

    public record NextStepScheduled(TenantId tenant, DealId deal, NextStep nextStep, UserId actor,
                                    Instant occurredAt) implements DomainEvent {
    }
}
