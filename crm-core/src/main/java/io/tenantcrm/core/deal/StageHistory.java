package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.List;

/** Outbound port: the append-only stage history of every deal. */
public interface StageHistory {

    void append(List<StageTransition> transitions);

    /** One deal's history, oldest first. */
    List<StageTransition> of(TenantId tenant, DealId deal);

    /** Every transition of a tenant in {@code [from, to)}, oldest first. */
    List<StageTransition> between(TenantId tenant, Instant from, Instant to);
}
