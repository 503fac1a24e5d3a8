package io.tenantcrm.persistence.order;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.order.OrderId;
import io.tenantcrm.core.order.OrderStatus;
import io.tenantcrm.core.order.SalesOrder;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.quote.ChainDocuments;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * Row of {@code sales_order}: lines, terms and payments as JSON documents; the amount still owed beside them, for
 * the daily overdue check.
 */
@Entity
@Table(name = "sales_order")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class SalesOrderEntity implements VersionedRow<SalesOrder> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(updatable = false)
    private String number;
    @Column(name = "deal_id", updatable = false)
    private UUID dealId;
    @Column(name = "account_id", updatable = false)
    private UUID accountId;
    @Column(name = "quote_id", updatable = false)
    private UUID quoteId;
    @Column(name = "quote_version", updatable = false)
    private int quoteVersion;
    @Column(name = "owner_id")
    private String ownerId;
    @Column(updatable = false)
    private String currency;
    @Column(updatable = false)
    private BigDecimal amount;
    private BigDecimal outstanding;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(updatable = false)
    private String lines;
    @Column(updatable = false)
    private String terms;
    private String payments;

    protected SalesOrderEntity() {
        // for JPA
    }

    static SalesOrderEntity from(SalesOrder order) {
        SalesOrderEntity row = new SalesOrderEntity();
        row.id = order.id().value();
        row.number = order.number();
        row.dealId = order.deal().value();
        row.accountId = order.account().value();
        row.quoteId = order.quote().value();
        row.quoteVersion = order.quoteVersion();
        row.currency = order.amount().currency().getCurrencyCode();
        row.amount = order.amount().amount();
        row.createdAt = order.createdAt();
        row.lines = ChainDocuments.lines(order.lines());
        row.terms = ChainDocuments.terms(order.terms());
        row.copy(order);
        return row;
    }

    @Override
    public void copy(SalesOrder order) {
        ownerId = order.owner().value();
        status = order.status();
        cancelReason = order.cancelReason();
        payments = ChainDocuments.payments(order.payments());
        outstanding = order.payments().outstanding().amount();
    }

    @Override
    public long version() {
        return version;
    }

    SalesOrder toDomain(TenantId tenant) {
        Currency money = Currency.getInstance(currency);
        return new SalesOrder(tenant, new OrderId(id), version, number, new DealId(dealId), new AccountId(accountId),
                new QuoteId(quoteId), quoteVersion, UserId.of(ownerId), ChainDocuments.lines(lines, money),
                ChainDocuments.terms(terms), Money.of(amount, money), status, cancelReason,
                ChainDocuments.payments(payments, money), createdAt);
    }
}
