package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;

/** Outbound port for reading many deals at once: work lists, health checks, forecasts. */
public interface DealQueries {

    List<Deal> openDealsOf(TenantId tenant, UserId owner);

    List<Deal> openDeals(TenantId tenant);

    /** Open deals whose next step is due before {@code instant}: the "about to slip" list. */
    List<Deal> openDealsWithNextStepDueBefore(TenantId tenant, Instant instant);
}
