package io.tenantcrm.core.quote;

import io.tenantcrm.core.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What a version's lines come to, rebuilt whole from them: the list amount, the discount given, the net amount the
 * customer pays, and, when every line's unit cost is known, the cost and the margin. {@code largestDiscount} is the
 * deepest discount on any line; {@code linesUnderFloor} are the line numbers (from 1) sold below their floor.
 */
public record QuoteTotals(Money list, Money discount, Money net, Money cost, Money margin, BigDecimal marginPercent,
                          BigDecimal discountPercent, BigDecimal largestDiscount, List<Integer> linesUnderFloor,
                          List<Integer> linesWithoutCost) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public QuoteTotals {
        linesUnderFloor = List.copyOf(linesUnderFloor);
        linesWithoutCost = List.copyOf(linesWithoutCost);
    }

    public static QuoteTotals of(List<QuoteLine> lines, Currency currency) {
        Money list = Money.zero(currency);
        Money net = Money.zero(currency);
        Money cost = Money.zero(currency);
        BigDecimal largest = BigDecimal.ZERO;
        List<Integer> underFloor = new ArrayList<>();
        List<Integer> withoutCost = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            QuoteLine line = lines.get(i);
            list = list.plus(line.listAmount());
            net = net.plus(line.netAmount());
            if (line.cost().isPresent()) {
                cost = cost.plus(line.cost().get());
            } else {
                withoutCost.add(i + 1);
            }
            largest = largest.max(line.discountPercent());
            if (line.underFloor()) {
                underFloor.add(i + 1);
            }
        }
        Money discount = list.minus(net);
        boolean costKnown = withoutCost.isEmpty();
        Money margin = costKnown ? net.minus(cost) : null;
        return new QuoteTotals(list, discount, net, costKnown ? cost : null, margin,
                margin == null ? null : percent(margin.amount(), net.amount()),
                percent(discount.amount(), list.amount()), largest.stripTrailingZeros(), underFloor, withoutCost);
    }

    /** The margin as a percentage of the net amount; empty when a line's cost is unknown. */
    public Optional<BigDecimal> knownMarginPercent() {
        return Optional.ofNullable(marginPercent);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
    }
}
