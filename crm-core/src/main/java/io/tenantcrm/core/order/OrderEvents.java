package io.tenantcrm.core.order;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;

/** The events an order's operations return. */
public final class OrderEvents {

    private OrderEvents() {
    }

    public record OrderCreated(TenantId tenant, OrderId order, String number, DealId deal, QuoteId quote,
                               int quoteVersion, Money amount, UserId owner, UserId actor, Instant occurredAt)
            implements DomainEvent {
    }

    public record OrderStatusChanged(TenantId tenant, OrderId order, String number, OrderStatus from,
                                     OrderStatus to, String reason, UserId actor, Instant occurredAt)
            implements DomainEvent {
    }
}
