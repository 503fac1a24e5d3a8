package io.tenantcrm.core.report;

import io.tenantcrm.core.order.OrderStatus;
import io.tenantcrm.core.order.SalesOrder;
import io.tenantcrm.core.payment.Instalment;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteTotals;
import io.tenantcrm.core.quote.QuoteVersion;
import io.tenantcrm.core.quote.VersionStatus;
import io.tenantcrm.core.shared.Median;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.UserId;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the quote-to-cash chain tells a manager: how many quotes sent became orders, the discount and margin each rep
 * gives away, how long orders take to be paid in full, and the money overdue by age. Sums are kept per currency:
 * crm-core never adds money of two currencies.
 */
public final class OrderChainReport {

    private OrderChainReport() {
    }

    /** Of the quotes that were sent, how many became an order. */
    public record Conversion(int quotesSent, int ordered) {
        public double rate() {
            return quotesSent == 0 ? 0 : (double) ordered / quotesSent;
        }
    }

    /**
     * One rep's sent versions: how many, their average discount (of the list amount) and average margin (of the net,
     * over the versions whose cost is known), in percent with one decimal.
     */
    public record RepTerms(UserId rep, int versionsSent, BigDecimal averageDiscount, BigDecimal averageMargin,
                           int marginUnknown) {
    }

    /** Orders paid in full, and the median days from the order to the last payment. */
    public record PaymentCycle(int paidInFull, double medianDays) {
    }

    /** Overdue money of one currency by how late it is: 0-7, 8-30, 31-60, over 60 days. */
    public record OverdueByAge(Currency currency, Money upTo7, Money from8To30, Money from31To60, Money over60) {
        public Money total() {
            return upTo7.plus(from8To30).plus(from31To60).plus(over60);
        }
    }

    /**
     * The chain over a period: the quotes started in it (their conversion and each rep's terms), the orders placed in
     * it (their payment cycle) and the money overdue on {@code today}, of the orders given.
     */
    public record Summary(Instant from, Instant to, LocalDate today, Conversion conversion, List<RepTerms> terms,
                          PaymentCycle paymentCycle, List<OverdueByAge> overdue) {

        public Summary {
            terms = List.copyOf(terms);
            overdue = List.copyOf(overdue);
        }

        /**
         * {@code quotes}: started in the period; {@code ordersSince}: placed at or after its start (every order of
         * those quotes is); {@code owed}: every order with money owed, whenever placed.
         */
        public static Summary of(Instant from, Instant to, LocalDate today, java.time.ZoneId zone, List<Quote> quotes,
                                 List<SalesOrder> ordersSince, List<SalesOrder> owed) {
            List<SalesOrder> placedIn = ordersSince.stream().filter(o -> o.createdAt().isBefore(to)).toList();
            return new Summary(from, to, today, OrderChainReport.conversion(quotes, ordersSince), termsByRep(quotes),
                    OrderChainReport.paymentCycle(placedIn, zone), overdueByAge(owed, today));
        }
    }

    public static Conversion conversion(List<Quote> quotes, List<SalesOrder> orders) {
        Set<io.tenantcrm.core.quote.QuoteId> ordered = orders.stream().map(SalesOrder::quote)
                .collect(Collectors.toSet());
        List<Quote> sent = quotes.stream().filter(q -> q.versions().stream().anyMatch(OrderChainReport::wasSent))
                .toList();
        return new Conversion(sent.size(), (int) sent.stream().filter(q -> ordered.contains(q.id())).count());
    }

    /** Per rep (the quote's owner), over every version they sent. */
    public static List<RepTerms> termsByRep(List<Quote> quotes) {
        Map<UserId, List<QuoteTotals>> byRep = new LinkedHashMap<>();
        for (Quote quote : quotes) {
            for (QuoteVersion version : quote.versions()) {
                if (wasSent(version)) {
                    byRep.computeIfAbsent(quote.owner(), r -> new ArrayList<>()).add(version.totals(quote.currency()));
                }
            }
        }
        List<RepTerms> lines = new ArrayList<>();
        byRep.forEach((rep, totals) -> {
            List<BigDecimal> margins = totals.stream().map(QuoteTotals::marginPercent)
                    .filter(java.util.Objects::nonNull).toList();
            lines.add(new RepTerms(rep, totals.size(),
                    average(totals.stream().map(QuoteTotals::discountPercent).toList()), average(margins),
                    totals.size() - margins.size()));
        });
        return lines;
    }

    public static PaymentCycle paymentCycle(List<SalesOrder> orders, java.time.ZoneId zone) {
        List<Double> days = new ArrayList<>();
        for (SalesOrder order : orders) {
            order.payments().paidOn().ifPresent(paid -> days.add((double) ChronoUnit.DAYS.between(
                    LocalDate.ofInstant(order.createdAt(), zone), paid)));
        }
        return new PaymentCycle(days.size(), Median.of(days));
    }

    /** The unpaid part of every instalment past its due date on {@code today}, by age, per currency. */
    public static List<OverdueByAge> overdueByAge(List<SalesOrder> orders, LocalDate today) {
        Map<String, Money[]> buckets = new TreeMap<>();
        for (SalesOrder order : orders) {
            if (order.status() == OrderStatus.CANCELLED) {
                continue;
            }
            for (Instalment instalment : order.payments().instalments()) {
                long late = instalment.daysLate(today);
                if (late == 0) {
                    continue;
                }
                Currency currency = instalment.amount().currency();
                Money[] row = buckets.computeIfAbsent(currency.getCurrencyCode(), c -> new Money[] {
                        Money.zero(currency), Money.zero(currency), Money.zero(currency), Money.zero(currency)});
                int bucket = late <= 7 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : 3;
                row[bucket] = row[bucket].plus(instalment.outstanding());
            }
        }
        return buckets.values().stream().map(r -> new OverdueByAge(r[0].currency(), r[0], r[1], r[2], r[3]))
                .toList();
    }

    private static boolean wasSent(QuoteVersion version) {
        return version.status() == VersionStatus.SENT || version.status() == VersionStatus.ACCEPTED;
    }

    private static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_EVEN);
    }
}
