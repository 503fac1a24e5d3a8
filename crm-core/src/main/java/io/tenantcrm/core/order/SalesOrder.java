package io.tenantcrm.core.order;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.order.OrderEvents.OrderCreated;
import io.tenantcrm.core.order.OrderEvents.OrderStatusChanged;
import io.tenantcrm.core.payment.Instalment;
import io.tenantcrm.core.payment.PaymentEvents.PaymentOverdue;
import io.tenantcrm.core.payment.PaymentEvents.PaymentReceived;
import io.tenantcrm.core.payment.PaymentPlan;
import io.tenantcrm.core.payment.Receipt;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.QuoteLine;
import io.tenantcrm.core.quote.QuoteTerms;
import io.tenantcrm.core.quote.QuoteVersion;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the customer ordered, made from the quote version they accepted: its lines and terms copied (a quote
 * changed later never changes the order), its number from the tenant's gap-free sequence, its status and how it is
 * paid.
 *
 * <p>Invariants: the amount is the accepted version's net total and the payment plan adds up to it; the status
 * only moves forward, and an order is cancelled only before delivery and with a reason; money is recorded only
 * against an order that is not cancelled, and never beyond what is owed.
 */
public record SalesOrder(TenantId tenant, OrderId id, long version, String number, DealId deal, AccountId account,
                         QuoteId quote, int quoteVersion, UserId owner, List<QuoteLine> lines, QuoteTerms terms,
                         Money amount, OrderStatus status, String cancelReason, PaymentPlan payments,
                         Instant createdAt) {

    public static final String CANCELLED = "cancelled";

    public SalesOrder {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        if (!payments.total().equals(amount)) {
            throw new IllegalArgumentException("the payment plan adds up to the order's amount");
        }
        if ((status == OrderStatus.CANCELLED) != (cancelReason != null)) {
            throw new IllegalArgumentException("an order has a cancel reason exactly when it is cancelled");
        }
    }

    /** The order for the quote's accepted version, confirmed, paid as {@code schedule} says. */
    public static Change<SalesOrder> place(String number, Quote quote, AccountId account,
                                           List<PaymentPlan.Share> schedule, Acting acting) {
        QuoteVersion accepted = quote.accepted().orElseThrow(() -> new RuleViolationException(List.of(
                new Violation("quote", quote.number() + " has no accepted version", "not-accepted"))));
        Money amount = accepted.totals(quote.currency()).net();
        PaymentPlan plan = PaymentPlan.split(amount, schedule);
        SalesOrder order = new SalesOrder(acting.tenant(), OrderId.newId(), 0, number, quote.deal(), account,
                quote.id(), accepted.number(), quote.owner(), accepted.lines(), accepted.terms(), amount,
                OrderStatus.CONFIRMED, null, plan, acting.at());
        return new Change<>(order, List.of(new OrderCreated(acting.tenant(), order.id, number, order.deal,
                quote.id(), accepted.number(), amount, order.owner, acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, order.ref(), "record", null, "created " + number + " from "
                        + quote.number() + " v" + accepted.number() + ", " + amount, null)));
    }

    /** The order moves on: in production, shipped, delivered, closed (forward only). */
    public Change<SalesOrder> advance(OrderStatus to, Acting acting) {
        if (to == OrderStatus.CANCELLED) {
            throw new IllegalArgumentException("cancel with a reason");
        }
        return move(to, null, acting);
    }

    public Change<SalesOrder> cancel(String reason, Acting acting) {
        return move(OrderStatus.CANCELLED, Reasons.require("reason", reason), acting);
    }

    /** Money received, applied to the instalments earliest due first. */
    public Change<SalesOrder> receive(Receipt receipt, LocalDate today, Acting acting) {
        if (status == OrderStatus.CANCELLED) {
            throw new RuleViolationException(List.of(new Violation("order", number + " is cancelled", CANCELLED)));
        }
        PaymentPlan paid = payments.record(receipt, today);
        SalesOrder next = withPayments(paid);
        return new Change<>(next, List.of(new PaymentReceived(tenant, id, number, deal, receipt.amount(),
                paid.outstanding(), receipt.receivedOn(), acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "received", payments.received(), paid.received(),
                        receipt.method().name().toLowerCase(Locale.ROOT) + (receipt.reference() == null ? ""
                                : " " + receipt.reference()))));
    }

    /**
     * The instalments unpaid more than {@code graceDays} after they fell due and not handed to collections yet,
     * handed now: one {@link PaymentOverdue} each. Null when there are none.
     */
    public Change<SalesOrder> handOverdue(LocalDate today, int graceDays, Acting acting) {
        if (status == OrderStatus.CANCELLED) {
            return null;
        }
        List<Instalment> late = payments.overdue(today, graceDays).stream()
                .filter(i -> i.collectionOpenedOn() == null).toList();
        if (late.isEmpty()) {
            return null;
        }
        List<DomainEvent> events = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (Instalment instalment : late) {
            events.add(new PaymentOverdue(tenant, id, number, deal, instalment.label(), instalment.outstanding(),
                    instalment.due(), instalment.daysLate(today), owner, acting.user(), acting.at()));
            audit.add(AuditEntry.of(acting, ref(), "collections", null, instalment.label() + " "
                    + instalment.outstanding() + " due " + instalment.due(), "overdue more than " + graceDays
                    + " days"));
        }
        return new Change<>(withPayments(payments.handedToCollections(late, today)), events, audit);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.ORDER, id.toString());
    }

    public SalesOrder withVersion(long newVersion) {
        return new SalesOrder(tenant, id, newVersion, number, deal, account, quote, quoteVersion, owner, lines, terms,
                amount, status, cancelReason, payments, createdAt);
    }

    private Change<SalesOrder> move(OrderStatus to, String reason, Acting acting) {
        if (!status.mayBecome(to)) {
            throw new RuleViolationException(List.of(new Violation("status", "a " + name(status) + " order cannot"
                    + " become " + name(to), "not-allowed")));
        }
        SalesOrder moved = new SalesOrder(tenant, id, version, number, deal, account, quote, quoteVersion, owner,
                lines, terms, amount, to, reason, payments, createdAt);
        return new Change<>(moved, List.of(new OrderStatusChanged(tenant, id, number, status, to, reason,
                acting.user(), acting.at())), List.of(AuditEntry.of(acting, ref(), "status", name(status), name(to),
                reason)));
    }

    private SalesOrder withPayments(PaymentPlan plan) {
        return new SalesOrder(tenant, id, version, number, deal, account, quote, quoteVersion, owner, lines, terms,
                amount, status, cancelReason, plan, createdAt);
    }

    private static String name(OrderStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
