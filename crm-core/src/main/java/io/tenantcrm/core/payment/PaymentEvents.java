package io.tenantcrm.core.payment;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.order.OrderId;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;

/** The events payments produce. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    public record PaymentReceived(TenantId tenant, OrderId order, String number, DealId deal, Money amount,
                                  Money outstanding, LocalDate receivedOn, UserId actor, Instant occurredAt)
            implements DomainEvent {
    }

    /** An instalment went unpaid past the tenant's grace days and was handed to collections. */
    public record PaymentOverdue(TenantId tenant, OrderId order, String number, DealId deal, String instalment,
                                 Money outstanding, LocalDate due, long daysLate, UserId owner, UserId actor,
                                 Instant occurredAt) implements DomainEvent {
    }
}
