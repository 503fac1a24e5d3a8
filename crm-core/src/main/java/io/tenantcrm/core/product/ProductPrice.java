package io.tenantcrm.core.product;

import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a product costs in one currency: the list price quoted by default, the floor below which a quote needs
 * approval, and the unit cost that margins are computed from. Kept per currency because crm-core never converts
 * money: a company that quotes in USD and EUR keeps its floor and cost in both.
 *
 * <p>{@code floor} and {@code unitCost} may be unknown (null). The floor is never above the list price.
 */
public record ProductPrice(Money list, Money floor, Money unitCost) {

    public ProductPrice {
        Objects.requireNonNull(list, "list");
        List<Violation> problems = new ArrayList<>();
        String at = "prices." + list.currency().getCurrencyCode();
        if (list.isNegative()) {
            problems.add(new Violation(at + ".list", "must not be negative", "negative"));
        }
        if (floor != null && !floor.currency().equals(list.currency())) {
            problems.add(new Violation(at + ".floor", "must be in " + list.currency(), "mixed-currencies"));
        } else if (floor != null && (floor.isNegative() || floor.compareTo(list) > 0)) {
            problems.add(new Violation(at + ".floor", "must be between 0 and the list price " + list,
                    "floor-above-list"));
        }
        if (unitCost != null && !unitCost.currency().equals(list.currency())) {
            problems.add(new Violation(at + ".unitCost", "must be in " + list.currency(), "mixed-currencies"));
        } else if (unitCost != null && unitCost.isNegative()) {
            problems.add(new Violation(at + ".unitCost", "must not be negative", "negative"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    public Currency currency() {
        return list.currency();
    }

    public Optional<Money> floorPrice() {
        return Optional.ofNullable(floor);
    }

    public Optional<Money> cost() {
        return Optional.ofNullable(unitCost);
    }
}
