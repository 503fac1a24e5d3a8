package io.tenantcrm.persistence.order;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.order.OrderId;
import io.tenantcrm.core.order.OrderRepository;
import io.tenantcrm.core.order.OrderStatus;
import io.tenantcrm.core.order.SalesOrder;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link OrderRepository} on JPA, inside the EntityManager's tenant. */
public class JpaOrderRepository extends TenantScoped implements OrderRepository {

    public JpaOrderRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<SalesOrder> find(TenantId tenant, OrderId id) {
        return Optional.ofNullable(em(tenant).find(SalesOrderEntity.class, id.value()))
                .map(row -> row.toDomain(tenant));
    }

    @Override
    public Optional<SalesOrder> ofQuote(TenantId tenant, QuoteId quote) {
        return em(tenant).createQuery("select o from SalesOrderEntity o where o.quoteId = :quote",
                        SalesOrderEntity.class)
                .setParameter("quote", quote.value()).getResultStream().findFirst().map(row -> row.toDomain(tenant));
    }

    @Override
    public SalesOrder add(SalesOrder order) {
        em(order.tenant()).persist(SalesOrderEntity.from(order));
        return order.withVersion(1);
    }

    @Override
    public SalesOrder update(SalesOrder order) {
        return updateRow(order.tenant(), SalesOrderEntity.class, order.id().value(), order, order.version(),
                "order " + order.id()).toDomain(order.tenant());
    }

    @Override
    public List<SalesOrder> withMoneyOwed(TenantId tenant) {
        return em(tenant).createQuery("select o from SalesOrderEntity o where o.outstanding > :zero"
                        + " and o.status <> :cancelled order by o.createdAt, o.id", SalesOrderEntity.class)
                .setParameter("zero", BigDecimal.ZERO).setParameter("cancelled", OrderStatus.CANCELLED)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<SalesOrder> ofAccount(TenantId tenant, AccountId account) {
        return em(tenant).createQuery("select o from SalesOrderEntity o where o.accountId = :account"
                        + " order by o.createdAt, o.id", SalesOrderEntity.class)
                .setParameter("account", account.value())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<SalesOrder> ofDeal(TenantId tenant, io.tenantcrm.core.deal.DealId deal) {
        return em(tenant).createQuery("select o from SalesOrderEntity o where o.dealId = :deal"
                        + " order by o.createdAt desc, o.id", SalesOrderEntity.class)
                .setParameter("deal", deal.value())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<SalesOrder> placedSince(TenantId tenant, Instant since) {
        return em(tenant).createQuery("select o from SalesOrderEntity o where o.createdAt >= :since"
                        + " order by o.createdAt, o.id", SalesOrderEntity.class)
                .setParameter("since", since)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }
}
