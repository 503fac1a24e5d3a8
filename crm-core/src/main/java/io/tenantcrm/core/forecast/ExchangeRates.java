package io.tenantcrm.core.forecast;

import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * Rates into one reporting currency, as of a date the caller chose. A currency without a rate is an error, never
 * silently dropped or added at par.
 */
public record ExchangeRates(Currency reportingCurrency, Map<Currency, BigDecimal> toReporting) {

    public ExchangeRates {
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        toReporting = Map.copyOf(toReporting);
        if (toReporting.values().stream().anyMatch(rate -> rate.signum() <= 0)) {
            throw new IllegalArgumentException("exchange rates must be positive");
        }
    }

    public Money convert(Money money) {
        if (money.currency().equals(reportingCurrency)) {
            return money;
        }
        BigDecimal rate = toReporting.get(money.currency());
        if (rate == null) {
            throw new RuleViolationException("rates", "no rate from " + money.currency() + " to " + reportingCurrency);
        }
        int scale = Math.max(reportingCurrency.getDefaultFractionDigits(), 0);
        return Money.of(money.amount().multiply(rate).setScale(scale, RoundingMode.HALF_EVEN), reportingCurrency);
    }
}
