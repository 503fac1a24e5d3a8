package io.tenantcrm.core.order;

import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityRepository;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.activity.TaskRepository;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealEdit;
import io.tenantcrm.core.deal.DealProgression;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.health.CollectionCase;
import io.tenantcrm.core.payment.Instalment;
import io.tenantcrm.core.payment.PaymentEvents.PaymentOverdue;
import io.tenantcrm.core.payment.PaymentMethod;
import io.tenantcrm.core.payment.PaymentPlan;
import io.tenantcrm.core.payment.Receipt;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.QuoteRepository;
import io.tenantcrm.core.report.OrderChainReport;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.DocumentNumbers;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.sla.SlaTimers;
import io.tenantcrm.core.tenant.TenantConfiguration;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Use cases of orders and their money: place an order from the version a customer accepted (which wins the deal at
 * the order's amount), move it on or cancel it, record money received, and the daily check that hands instalments
 * overdue past the tenant's grace days to collections: a task for the owner and for their manager, once.
 */
public final class Ordering {

    /** What the use cases read and write. */
    public record Ports(OrderRepository orders, QuoteRepository quotes, DealRepository deals,
                        ActivityRepository activities, DocumentNumbers numbers, TaskRepository tasks, SalesTeams teams, SlaTimers timers,
                        TenantConfiguration configuration) {
    }

    /** Money received as a person records it. */
    public record ReceiptDraft(BigDecimal amount, String currency, LocalDate receivedOn, PaymentMethod method,
                               String reference) {
    }

    private final Ports ports;
    private final DealProgression deals;
    private final Recorder recorder;

    public Ordering(Ports ports, DealProgression deals, Recorder recorder) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.deals = Objects.requireNonNull(deals, "deals");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /**
     * The customer ordered what version {@code versionNumber} offered: the version is accepted if it was only sent,
     * the order numbered and confirmed, and the deal won at the order's amount (an already won deal gets the
     * amount). Refused for a version that was never sent, a quote that has an order, a lost deal.
     */
    public SalesOrder place(QuoteId quoteId, long expectedVersion, int versionNumber,
                            List<PaymentPlan.Share> schedule) {
        return recorder.inTransaction(acting -> {
            Quote found = ports.quotes().find(acting.tenant(), quoteId)
                    .orElseThrow(() -> new NotFoundException("quote", quoteId)).withVersion(expectedVersion);
            Quote quote = found;
            if (ports.orders().ofQuote(acting.tenant(), quoteId).isPresent()) {
                throw new RuleViolationException(List.of(new Violation("quote", quote.number()
                        + " has an order already", "ordered")));
            }
            Deal deal = ports.deals().find(acting.tenant(), found.deal())
                    .orElseThrow(() -> new NotFoundException("deal", found.deal()));
            if (deal.status() == DealStatus.LOST) {
                throw new RuleViolationException(List.of(new Violation("deal", "the deal is lost; reopen it"
                        + " before taking the order", "deal-lost")));
            }
            if (found.accepted().map(v -> v.number() != versionNumber).orElse(false)) {
                throw new RuleViolationException(List.of(new Violation("version", "the customer accepted version "
                        + found.accepted().get().number(), "not-accepted")));
            }
            if (quote.accepted().isEmpty()) {
                Change<Quote> accepted = quote.accept(versionNumber, today(acting), acting);
                quote = ports.quotes().update(accepted.record());
                recorder.keep(accepted);
            }
            LocalDate today = today(acting);
            String number = DocumentNumbers.Kind.ORDER.format(today.getYear(),
                    ports.numbers().next(acting.tenant(), DocumentNumbers.Kind.ORDER, today.getYear()));
            Change<SalesOrder> placed = SalesOrder.place(number, quote, deal.account(), schedule, acting);
            SalesOrder stored = ports.orders().add(placed.record());
            recorder.keep(placed);
            watch(stored, acting);
            Instalment first = stored.payments().instalments().get(0);
            ports.activities().add(Activity.log(acting, ActivityType.ORDER_PLACED, Direction.INBOUND,
                    List.of(new RecordRef(RecordType.DEAL, deal.id().toString()), stored.ref(), quote.ref()),
                    acting.at(), "Order " + number + " placed from quote " + quote.number() + " v" + versionNumber
                            + ": " + stored.amount() + "; " + first.label() + " " + first.amount() + " due "
                            + first.due())
                    .saying(new Wording("order-placed", Map.of("number", number, "quote", quote.number(),
                            "version", String.valueOf(versionNumber), "amount", plain(stored.amount()),
                            "amountCurrency", currency(stored.amount()), "first", first.label(),
                            "firstAmount", plain(first.amount()), "firstAmountCurrency", currency(first.amount()),
                            "firstDue", String.valueOf(first.due())))));
            // The deal takes the order's amount and terms, and is won (a won deal's edit says why).
            DealEdit edit = DealEdit.none().amount(stored.amount())
                    .terms(stored.terms().incoterm(), stored.terms().paymentTerms());
            deals.edit(deal.id(), deal.status() == DealStatus.WON ? edit.because("order " + number) : edit);
            if (deal.status() != DealStatus.WON) {
                deals.win(deal.id());
            }
            return stored;
        });
    }

    public SalesOrder advance(OrderId id, long expectedVersion, OrderStatus to) {
        return change(id, expectedVersion, (order, acting) -> order.advance(to, acting));
    }

    public SalesOrder cancel(OrderId id, long expectedVersion, String reason) {
        return change(id, expectedVersion, (order, acting) -> order.cancel(reason, acting));
    }

    /**
     * Money received against the order; more than is owed, or in another currency, is refused. The deal's
     * timeline says so ("payment received"), with what is still open.
     */
    public SalesOrder receive(OrderId id, long expectedVersion, ReceiptDraft draft) {
        return change(id, expectedVersion, (order, acting) -> {
            Money amount = draft.amount() == null ? null : Money.of(draft.amount(),
                    draft.currency() == null ? order.amount().currency().getCurrencyCode() : draft.currency());
            Receipt receipt = new Receipt(UUID.randomUUID(), amount, draft.receivedOn(), draft.method(),
                    draft.reference(), acting.user(), acting.at());
            Change<SalesOrder> received = order.receive(receipt, today(acting), acting);
            ports.activities().add(Activity.log(acting, ActivityType.PAYMENT_RECEIVED, Direction.INBOUND,
                    List.of(new RecordRef(RecordType.DEAL, order.deal().toString()), order.ref()), acting.at(),
                    "Payment for " + order.number() + ": " + receipt.amount() + " received "
                            + receipt.receivedOn() + " (" + receipt.method().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + (receipt.reference() == null ? "" : ", " + receipt.reference())
                            + "); open " + received.record().payments().outstanding())
                    .saying(new Wording("payment-received", Map.of("number", order.number(),
                            "amount", plain(receipt.amount()), "amountCurrency", currency(receipt.amount()),
                            "receivedOn", String.valueOf(receipt.receivedOn()),
                            "method", receipt.method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            "reference", receipt.reference() == null ? "" : receipt.reference(),
                            "open", plain(received.record().payments().outstanding()),
                            "openCurrency", currency(received.record().payments().outstanding())))));
            return received;
        });
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    public SalesOrder find(OrderId id) {
        return recorder.inTransaction(acting -> ports.orders().find(acting.tenant(), id)
                .orElseThrow(() -> new NotFoundException("order", id)));
    }

    /** How much the account's payments are to be watched, from its orders, as of today in the tenant's zone. */
    public PaymentRisk paymentRisk(AccountId account) {
        return recorder.inTransaction(acting -> PaymentRisk.of(ports.orders().ofAccount(acting.tenant(), account),
                today(acting)));
    }

    /**
     * The quote-to-cash chain of a period for the records of the owners {@code covers} accepts (a manager's team,
     * a rep's own, an admin's whole tenant): conversion and terms of the quotes started in it, the payment cycle of
     * the orders placed in it, and the money overdue today.
     */
    public OrderChainReport.Summary chainReport(Instant from, Instant to, Predicate<UserId> covers) {
        return recorder.inTransaction(acting -> {
            List<Quote> quotes = ports.quotes().startedBetween(acting.tenant(), from, to).stream()
                    .filter(q -> covers.test(q.owner())).toList();
            List<SalesOrder> since = ports.orders().placedSince(acting.tenant(), from).stream()
                    .filter(o -> covers.test(o.owner())).toList();
            List<SalesOrder> owed = ports.orders().withMoneyOwed(acting.tenant()).stream()
                    .filter(o -> covers.test(o.owner())).toList();
            return OrderChainReport.Summary.of(from, to, today(acting), ports.configuration().sla(acting.tenant())
                    .hours().zone(), quotes, since, owed);
        });
    }

    /**
     * The collection cases of the acting tenant that may fall in a period starting at {@code from}: those of orders
     * placed in the year before it or since, each with when its owner first chased it in {@code activities}.
     */
    public List<CollectionCase> collectionCases(Instant from, List<Activity> activities) {
        return recorder.inTransaction(acting -> CollectionCases.of(
                ports.orders().placedSince(acting.tenant(), CollectionCases.ordersSince(from)),
                activities, ports.configuration().sla(acting.tenant()).hours().zone()));
    }

    /**
     * The acting tenant's instalments overdue past its grace days, handed to collections: each once, with a task
     * to chase it for the order's owner and for their manager. Answers the events, one per instalment. (The
     * service leaves this to each instalment's timer, {@link #chase(UUID)}; this sweeps a whole tenant.)
     */
    public List<PaymentOverdue> chaseOverdue() {
        return recorder.inTransaction(acting -> {
            List<PaymentOverdue> handed = new ArrayList<>();
            for (SalesOrder order : ports.orders().withMoneyOwed(acting.tenant())) {
                handed.addAll(chase(order, acting));
            }
            return handed;
        });
    }

    /**
     * An instalment's timer came due: the order's instalments overdue past the grace days, if any are still
     * unpaid, go to collections. A timer already fired, or an order paid or cancelled since, changes nothing.
     */
    public List<PaymentOverdue> chase(UUID timerId) {
        return recorder.inTransaction(acting -> {
            Optional<SlaTimer> locked = ports.timers().lock(acting.tenant(), timerId);
            if (locked.isEmpty() || !locked.get().isPending()
                    || locked.get().clock() != SlaTimer.Clock.PAYMENT_OVERDUE) {
                return List.<PaymentOverdue>of();
            }
            ports.timers().markFired(acting.tenant(), timerId, acting.at());
            return ports.orders().find(acting.tenant(), new OrderId(UUID.fromString(locked.get().subject().id())))
                    .map(order -> chase(order, acting)).orElse(List.of());
        });
    }

    private List<PaymentOverdue> chase(SalesOrder order, Acting acting) {
        Change<SalesOrder> overdue = order.handOverdue(today(acting),
                ports.configuration().paymentGraceDays(acting.tenant()), acting);
        if (overdue == null) {
            return List.of();
        }
        ports.orders().update(overdue.record());
        recorder.keep(overdue);
        List<PaymentOverdue> handed = new ArrayList<>();
        for (var event : overdue.events()) {
            PaymentOverdue late = (PaymentOverdue) event;
            handed.add(late);
            Set<UserId> told = new LinkedHashSet<>();
            told.add(order.owner());
            ports.teams().managerOf(acting.tenant(), order.owner()).ifPresent(told::add);
            for (UserId person : told) {
                ports.tasks().add(Task.create(acting, order.ref(), "Chase " + late.outstanding() + " of "
                        + order.number() + " (" + late.instalment() + "), " + late.daysLate() + " days late",
                        acting.at(), person).saying(new Wording("chase-payment", Map.of("number", order.number(),
                        "instalment", late.instalment(), "outstanding", plain(late.outstanding()),
                        "outstandingCurrency", currency(late.outstanding()),
                        "days", String.valueOf(late.daysLate())))));
            }
        }
        return handed;
    }

    /** One timer per instalment, at the start of the day after its grace days end, in the tenant's zone. */
    private void watch(SalesOrder order, Acting acting) {
        int grace = ports.configuration().paymentGraceDays(acting.tenant());
        java.time.ZoneId zone = ports.configuration().sla(acting.tenant()).hours().zone();
        List<SlaTimer> timers = new ArrayList<>();
        List<io.tenantcrm.core.payment.Instalment> instalments = order.payments().instalments();
        for (int i = 0; i < instalments.size(); i++) {
            timers.add(SlaTimer.schedule(acting.tenant(), order.ref(), SlaTimer.Clock.PAYMENT_OVERDUE, i,
                    instalments.get(i).due().plusDays(grace + 1L).atStartOfDay(zone).toInstant()));
        }
        ports.timers().schedule(timers);
    }

    private SalesOrder change(OrderId id, long expectedVersion,
                              BiFunction<SalesOrder, Acting, Change<SalesOrder>> operation) {
        return recorder.inTransaction(acting -> {
            SalesOrder order = ports.orders().find(acting.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("order", id)).withVersion(expectedVersion);
            Change<SalesOrder> changed = operation.apply(order, acting);
            SalesOrder stored = ports.orders().update(changed.record());
            recorder.keep(changed);
            return stored;
        });
    }

    private LocalDate today(Acting acting) {
        return LocalDate.ofInstant(acting.at(), ports.configuration().sla(acting.tenant()).hours().zone());
    }
}
