package io.tenantcrm.core.forecast;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One group of a forecast in one currency: how many open deals with an amount, their total, and their total
 * weighted by win probability (summed exactly, rounded once). Deals without an amount are counted apart
 * ({@code dealsWithoutAmount}); a group with only such deals has one line whose currency is null.
 */
public record ForecastLine(String group, Currency currency, int deals, BigDecimal total, BigDecimal weighted,
                           int dealsWithoutAmount) {
}
