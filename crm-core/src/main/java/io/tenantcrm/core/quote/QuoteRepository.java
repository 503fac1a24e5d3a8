package io.tenantcrm.core.quote;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: quotes with all their versions. {@code update} fails with
 * {@link io.tenantcrm.core.shared.StaleRecordException} when the quote changed since it was read.
 */
public interface QuoteRepository {

    Optional<Quote> find(TenantId tenant, QuoteId id);

    Quote add(Quote quote);

    Quote update(Quote quote);

    /** The deal's quotes, newest first. */
    List<Quote> ofDeal(TenantId tenant, DealId deal);

    /** The quotes whose latest version waits for a decision that {@code approver} may make: their queue. */
    List<Quote> awaitingDecisionBy(TenantId tenant, UserId approver);

    /** Quotes started at or after {@code from} and before {@code to}, oldest first: the ones a period's chain report follows. */
    List<Quote> startedBetween(TenantId tenant, java.time.Instant from, java.time.Instant to);
}
