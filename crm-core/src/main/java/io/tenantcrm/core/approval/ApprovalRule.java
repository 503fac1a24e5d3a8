package io.tenantcrm.core.approval;

import io.tenantcrm.core.quote.QuoteTotals;
import io.tenantcrm.core.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * One condition that makes a quote version need a level's approval. Each says, when it fires, why: a stable code
 * for the console to translate and an English reason with the numbers.
 */
public sealed interface ApprovalRule {

    /** Why a rule fired. */
    record Trigger(String code, String reason) {
    }

    Optional<Trigger> firedBy(QuoteTotals totals);

    /** Any line discounted more than {@code percent}. */
    record DiscountOver(BigDecimal percent) implements ApprovalRule {
        @Override
        public Optional<Trigger> firedBy(QuoteTotals totals) {
            return totals.largestDiscount().compareTo(percent) > 0
                    ? Optional.of(new Trigger("discount-over", "a line discounted "
                    + totals.largestDiscount().toPlainString() + "%, over " + percent.toPlainString() + "%"))
                    : Optional.empty();
        }
    }

    /**
     * The margin under {@code percent}, or unknown: a line without a unit cost could hide a loss, so the margin
     * is not taken on trust.
     */
    record MarginUnder(BigDecimal percent) implements ApprovalRule {
        @Override
        public Optional<Trigger> firedBy(QuoteTotals totals) {
            if (totals.marginPercent() == null) {
                return Optional.of(new Trigger("margin-unknown", "margin unknown: no unit cost on line"
                        + (totals.linesWithoutCost().size() == 1 ? " " : "s ") + join(totals)));
            }
            return totals.marginPercent().compareTo(percent) < 0
                    ? Optional.of(new Trigger("margin-under", "margin " + totals.marginPercent().toPlainString()
                    + "%, under " + percent.toPlainString() + "%"))
                    : Optional.empty();
        }

        private static String join(QuoteTotals totals) {
            return totals.linesWithoutCost().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** A line sold below the floor price of its product. */
    record LineUnderFloor() implements ApprovalRule {
        @Override
        public Optional<Trigger> firedBy(QuoteTotals totals) {
            return totals.linesUnderFloor().isEmpty() ? Optional.empty()
                    : Optional.of(new Trigger("under-floor", "under the floor price: line"
                    + (totals.linesUnderFloor().size() == 1 ? " " : "s ") + totals.linesUnderFloor().stream()
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        }
    }

    /**
     * The net amount over a limit in the quote's currency. A currency without a limit is never over it (crm-core
     * does not convert money): give a limit in every currency the tenant quotes in.
     */
    record AmountOver(Map<Currency, Money> limits) implements ApprovalRule {
        public AmountOver {
            limits = Map.copyOf(limits);
        }

        @Override
        public Optional<Trigger> firedBy(QuoteTotals totals) {
            Money limit = limits.get(totals.net().currency());
            return limit != null && totals.net().compareTo(limit) > 0
                    ? Optional.of(new Trigger("amount-over", "amount " + totals.net() + ", over " + limit))
                    : Optional.empty();
        }
    }
}
