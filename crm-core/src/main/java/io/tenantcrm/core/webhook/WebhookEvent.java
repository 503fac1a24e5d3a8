package io.tenantcrm.core.webhook;

import io.tenantcrm.core.deal.DealEvents.DealLost;
import io.tenantcrm.core.deal.DealEvents.DealStageChanged;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.shared.DomainEvent;

import java.util.Arrays;
import java.util.Optional;

/** What a tenant's integrations can subscribe to, with the names they see on the wire. */
public enum WebhookEvent {
    LEAD_RECEIVED("lead.received"),
    DEAL_STAGE_CHANGED("deal.stage_changed"),
    DEAL_WON("deal.won"),
    DEAL_LOST("deal.lost"),
    QUOTE_APPROVED("quote.approved"),
    ORDER_CREATED("order.created"),
    PAYMENT_RECEIVED("payment.received"),
    PAYMENT_OVERDUE("payment.overdue");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The webhook event a domain event is announced as, if any. */
    public static Optional<WebhookEvent> of(DomainEvent event) {
        if (event instanceof LeadReceived) {
            return Optional.of(LEAD_RECEIVED);
        }
        if (event instanceof DealStageChanged) {
            return Optional.of(DEAL_STAGE_CHANGED);
        }
        if (event instanceof DealWon) {
            return Optional.of(DEAL_WON);
        }
        if (event instanceof DealLost) {
            return Optional.of(DEAL_LOST);
        }
        if (event instanceof io.tenantcrm.core.quote.QuoteEvents.QuoteApproved) {
            return Optional.of(QUOTE_APPROVED);
        }
        if (event instanceof io.tenantcrm.core.order.OrderEvents.OrderCreated) {
            return Optional.of(ORDER_CREATED);
        }
        if (event instanceof io.tenantcrm.core.payment.PaymentEvents.PaymentReceived) {
            return Optional.of(PAYMENT_RECEIVED);
        }
        if (event instanceof io.tenantcrm.core.payment.PaymentEvents.PaymentOverdue) {
            return Optional.of(PAYMENT_OVERDUE);
        }
        return Optional.empty();
    }

    /** By wire name ({@code deal.won}) or constant name ({@code DEAL_WON}), case ignored. */
    public static Optional<WebhookEvent> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return Arrays.stream(values())
                .filter(e -> e.wireName.equalsIgnoreCase(wanted) || e.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
