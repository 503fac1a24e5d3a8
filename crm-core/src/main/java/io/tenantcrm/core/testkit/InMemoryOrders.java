package io.tenantcrm.core.testkit;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.order.OrderId;
import io.tenantcrm.core.order.OrderRepository;
import io.tenantcrm.core.order.OrderStatus;
import io.tenantcrm.core.order.SalesOrder;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link OrderRepository} in memory, inside {@link InMemoryCrm}'s transactions. */
public final class InMemoryOrders implements OrderRepository {

    private final Object lock;
    final VersionedTable<OrderId, SalesOrder> table = new VersionedTable<>("sales_order", SalesOrder::tenant,
            SalesOrder::id, SalesOrder::version, SalesOrder::withVersion);

    InMemoryOrders(Object lock) {
        this.lock = lock;
    }

    @Override
    public Optional<SalesOrder> find(TenantId tenant, OrderId id) {
        synchronized (lock) {
            return table.find(tenant, id);
        }
    }

    @Override
    public Optional<SalesOrder> ofQuote(TenantId tenant, QuoteId quote) {
        synchronized (lock) {
            return table.all(tenant).filter(o -> o.quote().equals(quote)).findFirst();
        }
    }

    @Override
    public SalesOrder add(SalesOrder order) {
        synchronized (lock) {
            return table.add(order);
        }
    }

    @Override
    public SalesOrder update(SalesOrder order) {
        synchronized (lock) {
            return table.update(order);
        }
    }

    @Override
    public List<SalesOrder> withMoneyOwed(TenantId tenant) {
        synchronized (lock) {
            return table.all(tenant).filter(o -> o.status() != OrderStatus.CANCELLED && !o.payments().isPaid())
                    .sorted(Comparator.comparing(SalesOrder::createdAt)).toList();
        }
    }

    @Override
    public List<SalesOrder> ofAccount(TenantId tenant, AccountId account) {
        synchronized (lock) {
            return table.all(tenant).filter(o -> o.account().equals(account))
                    .sorted(Comparator.comparing(SalesOrder::createdAt)).toList();
        }
    }

    @Override
    public List<SalesOrder> ofDeal(TenantId tenant, io.tenantcrm.core.deal.DealId deal) {
        synchronized (lock) {
            return table.all(tenant).filter(o -> o.deal().equals(deal))
                    .sorted(Comparator.comparing(SalesOrder::createdAt).reversed()).toList();
        }
    }

    @Override
    public List<SalesOrder> placedSince(TenantId tenant, Instant since) {
        synchronized (lock) {
            return table.all(tenant).filter(o -> !o.createdAt().isBefore(since))
                    .sorted(Comparator.comparing(SalesOrder::createdAt)).toList();
        }
    }
}
