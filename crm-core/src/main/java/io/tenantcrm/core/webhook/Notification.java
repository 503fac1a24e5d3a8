package io.tenantcrm.core.webhook;

import io.tenantcrm.core.deal.DealEvents.DealLost;
import io.tenantcrm.core.deal.DealEvents.DealStageChanged;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one webhook announces: the event, when it happened, and the few facts a receiver acts on (ids to fetch the
 * rest with, the amounts and reasons people filter by). Data values are text, numbers' text, or maps of them, so
 * any JSON writer renders them the same way.
 */
public record Notification(UUID id, TenantId tenant, WebhookEvent event, Instant occurredAt, String actor,
                           Map<String, Object> data) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The notification a domain event makes, if it is one integrations can subscribe to. */
    public static Optional<Notification> of(DomainEvent event, UUID id) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof LeadReceived received) {
            data.put("leadId", received.lead().toString());
            data.put("source", lower(received.source()));
            data.put("receivedAt", received.receivedAt().toString());
        } else if (event instanceof DealStageChanged changed) {
            data.put("dealId", changed.deal().toString());
            data.put("fromStage", changed.from().value());
            data.put("toStage", changed.to().value());
        } else if (event instanceof DealWon won) {
            data.put("dealId", won.deal().toString());
            data.put("stage", won.stage().value());
            if (won.amount() != null) {
                data.put("amount", money(won.amount()));
            }
        } else if (event instanceof DealLost lost) {
            data.put("dealId", lost.deal().toString());
            data.put("lastOpenStage", lost.lastOpenStage().value());
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("category", lower(lost.reason().category()));
            if (lost.reason().subReason() != null) {
                reason.put("subReason", lost.reason().subReason());
            }
            data.put("reason", reason);
        } else if (event instanceof io.tenantcrm.core.quote.QuoteEvents.QuoteApproved approved) {
            data.put("quoteId", approved.quote().toString());
            data.put("number", approved.number());
            data.put("dealId", approved.deal().toString());
            data.put("version", String.valueOf(approved.version()));
            data.put("amount", money(approved.net()));
        } else if (event instanceof io.tenantcrm.core.order.OrderEvents.OrderCreated created) {
            data.put("orderId", created.order().toString());
            data.put("number", created.number());
            data.put("dealId", created.deal().toString());
            data.put("quoteId", created.quote().toString());
            data.put("amount", money(created.amount()));
        } else if (event instanceof io.tenantcrm.core.payment.PaymentEvents.PaymentReceived received) {
            data.put("orderId", received.order().toString());
            data.put("number", received.number());
            data.put("amount", money(received.amount()));
            data.put("outstanding", money(received.outstanding()));
            data.put("receivedOn", received.receivedOn().toString());
        } else if (event instanceof io.tenantcrm.core.payment.PaymentEvents.PaymentOverdue overdue) {
            data.put("orderId", overdue.order().toString());
            data.put("number", overdue.number());
            data.put("instalment", overdue.instalment());
            data.put("outstanding", money(overdue.outstanding()));
            data.put("due", overdue.due().toString());
            data.put("daysLate", String.valueOf(overdue.daysLate()));
        }
        return WebhookEvent.of(event).map(type -> new Notification(id, event.tenant(), type, event.occurredAt(),
                event.actor().value(), data));
    }

    /** The envelope a receiver gets, as a map for the embedder's JSON writer. */
    public Map<String, Object> envelope() {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id.toString());
        envelope.put("type", event.wireName());
        envelope.put("tenant", tenant.value());
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("actor", actor);
        envelope.put("data", data);
        return envelope;
    }

    private static Map<String, Object> money(Money money) {
        Map<String, Object> amount = new LinkedHashMap<>();
        amount.put("amount", money.amount().toPlainString());
        amount.put("currency", money.currency().getCurrencyCode());
        return amount;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
