package io.tenantcrm.core.order;

import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.payment.Instalment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How much an account's payments are to be watched, from its own orders: {@code HIGH} while money handed to
 * collections is still owed, {@code WATCH} while an instalment is late but within the tenant's grace or one went to
 * collections in the last year (paid since), {@code LOW} for an account that has paid what fell due, {@code NONE}
 * before its first order. Every level says why, instalment by instalment.
 */
public record PaymentRisk(Level level, List<Reason> reasons) {

    /** A year of history: an account that paid late once long ago is not watched for ever. */
    static final int MEMORY_DAYS = 365;

    public enum Level { NONE, LOW, WATCH, HIGH }

    /**
     * One instalment behind the level; {@code code} is stable for translation: {@code in-collections},
     * {@code overdue}, {@code paid-late}.
     */
    public record Reason(String code, String order, String instalment, Money outstanding, LocalDate due,
                         long daysLate) {
        public Reason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(instalment, "instalment");
            Objects.requireNonNull(due, "due");
        }

        public String describe() {
            return switch (code) {
                case "in-collections" -> order + " " + instalment + ": " + outstanding + " with collections, "
                        + daysLate + " days late";
                case "overdue" -> order + " " + instalment + ": " + outstanding + " overdue " + daysLate + " days";
                default -> order + " " + instalment + ": paid after it went to collections (due " + due + ")";
            };
        }
    }

    public PaymentRisk {
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }

    public static PaymentRisk of(List<SalesOrder> orders, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        Level level = Level.NONE;
        for (SalesOrder order : orders) {
            if (order.status() == OrderStatus.CANCELLED) {
                continue;
            }
            level = worse(level, Level.LOW);
            for (Instalment instalment : order.payments().instalments()) {
                Reason reason = reason(order, instalment, today);
                if (reason != null) {
                    reasons.add(reason);
                    level = worse(level, reason.code().equals("in-collections") ? Level.HIGH : Level.WATCH);
                }
            }
        }
        reasons.sort(java.util.Comparator.comparing((Reason r) -> !r.code().equals("in-collections"))
                .thenComparing(r -> -r.daysLate()));
        return new PaymentRisk(level, reasons);
    }

    private static Reason reason(SalesOrder order, Instalment instalment, LocalDate today) {
        if (!instalment.isPaid() && instalment.collectionOpenedOn() != null) {
            return new Reason("in-collections", order.number(), instalment.label(), instalment.outstanding(),
                    instalment.due(), instalment.daysLate(today));
        }
        if (!instalment.isPaid() && instalment.daysLate(today) > 0) {
            return new Reason("overdue", order.number(), instalment.label(), instalment.outstanding(),
                    instalment.due(), instalment.daysLate(today));
        }
        if (instalment.collectionOpenedOn() != null
                && !instalment.collectionOpenedOn().isBefore(today.minusDays(MEMORY_DAYS))) {
            return new Reason("paid-late", order.number(), instalment.label(), instalment.outstanding(),
                    instalment.due(), 0);
        }
        return null;
    }

    private static Level worse(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** "HIGH: SO-2026-00001 70% balance: USD 7000.00 with collections, 12 days late". */
    public String explain() {
        return level + (reasons.isEmpty() ? "" : ": " + reasons.stream().map(Reason::describe)
                .collect(Collectors.joining("; ")));
    }
}
