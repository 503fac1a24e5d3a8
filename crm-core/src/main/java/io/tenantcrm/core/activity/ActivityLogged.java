package io.tenantcrm.core.activity;

import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;

/** An activity was recorded: deal staleness clocks and SLA first-response clocks listen to this. */
public record ActivityLogged(TenantId tenant, Activity activity, UserId actor, Instant occurredAt)
        implements DomainEvent {
}
