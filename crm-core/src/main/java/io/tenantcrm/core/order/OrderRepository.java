package io.tenantcrm.core.order;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.shared.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: sales orders with their payment plans. {@code update} fails with
 * {@link io.tenantcrm.core.shared.StaleRecordException} when the order changed since it was read.
 */
public interface OrderRepository {

    Optional<SalesOrder> find(TenantId tenant, OrderId id);

    Optional<SalesOrder> ofQuote(TenantId tenant, QuoteId quote);

    SalesOrder add(SalesOrder order);

    SalesOrder update(SalesOrder order);

    /** Orders not cancelled that still have money owed: what the daily overdue check reads. */
    List<SalesOrder> withMoneyOwed(TenantId tenant);

    /** The account's orders, cancelled ones too, oldest first: what its payment risk is read from. */
    List<SalesOrder> ofAccount(TenantId tenant, AccountId account);

    /** The deal's orders, cancelled ones too, newest first: what its page shows. */
    List<SalesOrder> ofDeal(TenantId tenant, io.tenantcrm.core.deal.DealId deal);

    /** Orders placed at or after {@code since}, oldest first: whose collection cases a period can hold. */
    List<SalesOrder> placedSince(TenantId tenant, java.time.Instant since);
}
