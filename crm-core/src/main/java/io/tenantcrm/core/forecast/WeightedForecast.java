package io.tenantcrm.core.forecast;

import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.UserId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What is coming: open deal amounts weighted by win probability (the stage's, or the deal's own override), grouped
 * by close month, owner, team, source, country, product line or forecast category. Amounts in different currencies
 * are kept apart, one line per currency, unless exchange rates are given; then everything is converted into the
 * reporting currency first. Pure, one pass over the deals.
 */
public final class WeightedForecast {

    static final String NONE = "(none)";

    private final Map<PipelineId, Pipeline> pipelines;
    private final Function<UserId, String> teamOf;

    /**
     * @param teamOf a seller's team name (for {@link ForecastDimension#TEAM}); null answers count as "(none)"
     */
    public WeightedForecast(List<Pipeline> pipelines, Function<UserId, String> teamOf) {
        this.pipelines = new HashMap<>();
        pipelines.forEach(p -> this.pipelines.put(p.id(), p));
        this.teamOf = Objects.requireNonNull(teamOf, "teamOf");
    }

    /** Grouped per currency: amounts in different currencies are never added. */
    public ForecastReport build(Iterable<Deal> deals, ForecastDimension dimension) {
        return build(deals, dimension, null);
    }

    /** Converted into one reporting currency with {@code rates} (null: keep currencies apart). */
    public ForecastReport build(Iterable<Deal> deals, ForecastDimension dimension, ExchangeRates rates) {
        Map<String, Map<Currency, Accumulator>> groups = new HashMap<>();
        Map<String, Integer> withoutAmount = new HashMap<>();
        Map<StageKey, Stage> stages = new HashMap<>();
        for (Deal deal : deals) {
            if (!deal.isOpen()) {
                continue;
            }
            Stage stage = stages.computeIfAbsent(new StageKey(deal.pipeline(), deal.stage()), this::stageOf);
            String group = groupOf(deal, stage, dimension);
            Money amount = deal.amount();
            if (amount == null) {
                withoutAmount.merge(group, 1, Integer::sum);
                continue;
            }
            if (rates != null) {
                amount = rates.convert(amount);
            }
            BigDecimal probability = deal.probabilityOverride() != null
                    ? BigDecimal.valueOf(deal.probabilityOverride(), 2)
                    : stage.probability();
            groups.computeIfAbsent(group, g -> new HashMap<>())
                    .computeIfAbsent(amount.currency(), c -> new Accumulator())
                    .add(amount.amount(), amount.amount().multiply(probability));
        }
        return report(dimension, groups, withoutAmount);
    }

    private static ForecastReport report(ForecastDimension dimension, Map<String, Map<Currency, Accumulator>> groups,
                                         Map<String, Integer> withoutAmount) {
        List<ForecastLine> lines = new ArrayList<>();
        for (Map.Entry<String, Map<Currency, Accumulator>> group : groups.entrySet()) {
            int missing = withoutAmount.getOrDefault(group.getKey(), 0);
            for (Map.Entry<Currency, Accumulator> currency : group.getValue().entrySet()) {
                Accumulator sum = currency.getValue();
                int scale = Math.max(currency.getKey().getDefaultFractionDigits(), 0);
                lines.add(new ForecastLine(group.getKey(), currency.getKey(), sum.deals, sum.total,
                        sum.weighted.setScale(scale, java.math.RoundingMode.HALF_EVEN), missing));
            }
        }
        withoutAmount.forEach((group, missing) -> {
            if (!groups.containsKey(group)) {
                lines.add(new ForecastLine(group, null, 0, BigDecimal.ZERO, BigDecimal.ZERO, missing));
            }
        });
        lines.sort(Comparator.comparing(ForecastLine::group)
                .thenComparing(l -> l.currency() == null ? "" : l.currency().getCurrencyCode()));
        return new ForecastReport(dimension, lines);
    }

    private String groupOf(Deal deal, Stage stage, ForecastDimension dimension) {
        return switch (dimension) {
            case CLOSE_MONTH -> deal.expectedClose() == null ? NONE : YearMonth.from(deal.expectedClose()).toString();
            case OWNER -> deal.owner().value();
            case TEAM -> orNone(teamOf.apply(deal.owner()));
            case SOURCE -> deal.source() == null ? NONE : deal.source().name();
            case COUNTRY -> deal.country() == null ? NONE : deal.country().value();
            case PRODUCT_LINE -> orNone(deal.productInterest());
            case CATEGORY -> stage.forecastCategory().name();
        };
    }

    private Stage stageOf(StageKey key) {
        Pipeline pipeline = pipelines.get(key.pipeline());
        if (pipeline == null) {
            throw new IllegalArgumentException("no pipeline " + key.pipeline() + " was given to the forecast");
        }
        return pipeline.stageOrThrow(key.stage());
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private record StageKey(PipelineId pipeline, StageId stage) {
    }

    private static final class Accumulator {
        int deals;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;

        void add(BigDecimal amount, BigDecimal weightedAmount) {
            deals++;
            total = total.add(amount);
            weighted = weighted.add(weightedAmount);
        }
    }
}
