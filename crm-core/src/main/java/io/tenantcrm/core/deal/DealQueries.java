package io.tenantcrm.core.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Outbound port for reading many deals at once: work lists (keyset-paged), health checks, forecasts. */
public interface DealQueries {

    /** A seller's open deals, oldest first. */
    Page<Deal> openDealsOf(TenantId tenant, UserId owner, PageRequest page);

    /** Every open deal of the tenant, for reports and forecasts that read the whole book. */
    List<Deal> openDeals(TenantId tenant);

    /** The open deals these sellers own (a manager's team on the board), oldest first; none for no sellers. */
    List<Deal> openDealsOwnedBy(TenantId tenant, Set<UserId> owners);

    /** The open deals with one customer, oldest first. */
    List<Deal> openDealsOn(TenantId tenant, AccountId account);

    /** Won or lost deals that entered their closing stage in {@code [from, to)}, for reports. */
    List<Deal> closedBetween(TenantId tenant, Instant from, Instant to);

    /** How many accounts of this tier each seller owns (the process-health index counts A-tier touches). */
    java.util.Map<UserId, Integer> accountsOwnedByTier(TenantId tenant, io.tenantcrm.core.account.AccountTier tier);

    /** Open deals whose next step is due before {@code instant}, soonest first: the "about to slip" list. */
    Page<Deal> openDealsWithNextStepDueBefore(TenantId tenant, Instant instant, PageRequest page);
}
