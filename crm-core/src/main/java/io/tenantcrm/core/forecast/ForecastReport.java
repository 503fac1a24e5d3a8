package io.tenantcrm.core.forecast;

import java.util.List;
import java.util.Optional;

/** A weighted forecast: one line per group and currency, groups in order. */
public record ForecastReport(ForecastDimension dimension, List<ForecastLine> lines) {

    public ForecastReport {
        lines = List.copyOf(lines);
    }

    public Optional<ForecastLine> line(String group, String currencyCode) {
        return lines.stream()
                .filter(l -> l.group().equals(group) && l.currency().getCurrencyCode().equals(currencyCode))
                .findFirst();
    }
}
