package io.tenantcrm.core.quote;

import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.ProductPrice;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One line of a quote: a catalogue product or free text, how many, at what unit price and discount. A product line
 * keeps the product's unit cost and floor price as they were when the line was made, so its margin and floor
 * check never move when the catalogue changes. A free-text line has neither, so its margin is unknown.
 *
 * <p>Amounts are exact: the line's net amount is quantity × unit price × (1 − discount), rounded once, half-even,
 * to the currency's scale.
 */
public record QuoteLine(ProductId product, String sku, String description, BigDecimal quantity, String unit,
                        Money unitPrice, BigDecimal discountPercent, Money unitCost, Money floorPrice) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Quantities are counted to three places (kg, metres), no finer. */
    public static final int QUANTITY_SCALE = 3;

    public QuoteLine {
        List<Violation> problems = new ArrayList<>();
        description = text(problems, "description", description);
        unit = unit == null || unit.isBlank() ? "pcs" : unit.strip();
        if (unit.length() > 20) {
            problems.add(new Violation("unit", "must be at most 20 characters", Violation.TOO_LONG));
        }
        if (quantity == null) {
            problems.add(Violation.required("quantity", "how many?"));
        } else if (quantity.signum() <= 0) {
            problems.add(new Violation("quantity", "must be more than 0", "not-positive"));
        } else if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            problems.add(new Violation("quantity", "at most " + QUANTITY_SCALE + " decimal places", "too-precise"));
        }
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        if (discountPercent.signum() < 0 || discountPercent.compareTo(HUNDRED) >= 0) {
            problems.add(new Violation("discountPercent", "must be from 0 to less than 100", "out-of-range"));
        }
        if (unitPrice == null) {
            problems.add(Violation.required("unitPrice", "at what price?"));
        } else {
            if (unitPrice.isNegative()) {
                problems.add(new Violation("unitPrice", "must not be negative", "negative"));
            }
            Currency currency = unitPrice.currency();
            if (unitCost != null && !unitCost.currency().equals(currency)
                    || floorPrice != null && !floorPrice.currency().equals(currency)) {
                throw new IllegalArgumentException("a line's cost and floor are in its price's currency");
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /**
     * A line of a catalogue product in the quote's currency: its list price unless a unit price is given, its
     * cost and floor copied. Refused when the product is not offered any more or has no price in the currency.
     */
    public static QuoteLine of(Product product, Currency currency, BigDecimal quantity, Money unitPrice,
                               BigDecimal discountPercent, String description) {
        if (!product.active()) {
            throw new RuleViolationException(List.of(new Violation("product", product.sku()
                    + " is not offered any more", "inactive")));
        }
        ProductPrice price = product.priceIn(currency).orElseThrow(() -> new RuleViolationException(List.of(
                new Violation("product", product.sku() + " has no price in " + currency.getCurrencyCode(),
                        "no-price"))));
        return new QuoteLine(product.id(), product.sku().value(),
                description == null || description.isBlank() ? product.name() : description, quantity,
                product.unit(), unitPrice == null ? price.list() : unitPrice, discountPercent, price.unitCost(),
                price.floor());
    }

    /** A line that is not in the catalogue (a custom part, freight, tooling): no cost known, no floor. */
    public static QuoteLine freeText(String description, BigDecimal quantity, String unit, Money unitPrice,
                                     BigDecimal discountPercent) {
        return new QuoteLine(null, null, description, quantity, unit, unitPrice, discountPercent, null, null);
    }

    public Currency currency() {
        return unitPrice.currency();
    }

    /** Quantity × unit price, before the discount. */
    public Money listAmount() {
        return unitPrice.times(quantity);
    }

    /** What the customer pays for the line. */
    public Money netAmount() {
        return unitPrice.times(quantity.multiply(remaining()));
    }

    public Money discountAmount() {
        return listAmount().minus(netAmount());
    }

    /** The unit price after the discount, rounded to the currency's scale: what the floor is compared with. */
    public Money netUnitPrice() {
        return unitPrice.times(remaining());
    }

    public Optional<Money> cost() {
        return Optional.ofNullable(unitCost).map(c -> c.times(quantity));
    }

    public Optional<Money> margin() {
        return cost().map(c -> netAmount().minus(c));
    }

    /** Margin as a percentage of the net amount, one decimal; empty when the cost is unknown or the line is free. */
    public Optional<BigDecimal> marginPercent() {
        Money net = netAmount();
        return margin().filter(m -> net.amount().signum() != 0)
                .map(m -> m.amount().multiply(HUNDRED).divide(net.amount(), 1, RoundingMode.HALF_EVEN));
    }

    /** Sold below the floor the catalogue sets for it. */
    public boolean underFloor() {
        return floorPrice != null && netUnitPrice().compareTo(floorPrice) < 0;
    }

    /** The line with a new quantity, price or discount, everything else as it was. */
    public QuoteLine with(BigDecimal newQuantity, Money newUnitPrice, BigDecimal newDiscount) {
        return new QuoteLine(product, sku, description, newQuantity, unit, newUnitPrice, newDiscount, unitCost,
                floorPrice);
    }

    private BigDecimal remaining() {
        return BigDecimal.ONE.subtract(discountPercent.divide(HUNDRED));
    }

    private static String text(List<Violation> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(Violation.required(field, "say what the line is"));
            return null;
        }
        try {
            return TextLimit.LINE.check(field, value);
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
            return null;
        }
    }
}
