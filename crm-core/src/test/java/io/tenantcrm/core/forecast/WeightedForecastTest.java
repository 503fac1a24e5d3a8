package io.tenantcrm.core.forecast;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeightedForecastTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Pipeline PIPELINE = Pipeline.defaultB2bExport();
    static final WeightedForecast FORECAST = new WeightedForecast(List.of(PIPELINE),
            owner -> owner.value().equals("rita") ? "Europe" : owner.value().equals("mike") ? "Asia" : null);

    static Deal deal(String stage, String amount, String currency, LocalDate close, String owner, Integer override) {
        Money money = amount == null ? null : Money.of(amount, currency);
        DealStatus status = stage.equals("order") ? DealStatus.WON : DealStatus.OPEN;
        return new Deal(TenantId.of("acme"), DealId.newId(), 1, "Deal", AccountId.newId(), null, money, close,
                "valves", null, null, SourceChannel.MARKETPLACE, CountryCode.of("DE"), PIPELINE.id(),
                StageId.of(stage), status, NOW, UserId.of(owner), status == DealStatus.OPEN
                ? new NextStep("Call", NOW.plusSeconds(3600)) : null, null, override, NOW, NOW);
    }

    static final LocalDate APRIL = LocalDate.of(2026, 4, 15);
    static final LocalDate MAY = LocalDate.of(2026, 5, 2);

    @Test
    void open_amounts_are_weighted_by_stage_probability_and_grouped_by_close_month() {
        List<Deal> deals = List.of(
                deal("quote", "10000", "USD", APRIL, "rita", null),       // 40% -> 4000
                deal("negotiation", "5000", "USD", APRIL, "rita", null),  // 60% -> 3000
                deal("inquiry", "1000", "USD", MAY, "mike", null),        // 10% -> 100
                deal("order", "99999", "USD", APRIL, "rita", null));      // won: not in the forecast

        ForecastReport report = FORECAST.build(deals, ForecastDimension.CLOSE_MONTH);

        assertThat(report.lines()).extracting(ForecastLine::group).containsExactly("2026-04", "2026-05");
        ForecastLine april = report.line("2026-04", "USD").orElseThrow();
        assertThat(april.deals()).isEqualTo(2);
        assertThat(april.total()).isEqualByComparingTo("15000");
        assertThat(april.weighted()).isEqualByComparingTo("7000.00");
        assertThat(report.line("2026-05", "USD").orElseThrow().weighted()).isEqualByComparingTo("100.00");
    }

    @Test
    void currencies_are_never_added_together_silently() {
        List<Deal> deals = List.of(deal("quote", "10000", "USD", APRIL, "rita", null),
                deal("quote", "10000", "EUR", APRIL, "rita", null));

        ForecastReport report = FORECAST.build(deals, ForecastDimension.CLOSE_MONTH);

        assertThat(report.lines()).hasSize(2);
        assertThat(report.line("2026-04", "EUR").orElseThrow().weighted()).isEqualByComparingTo("4000");
        assertThat(report.line("2026-04", "USD").orElseThrow().weighted()).isEqualByComparingTo("4000");
    }

    @Test
    void with_exchange_rates_everything_is_converted_into_the_reporting_currency() {
        ExchangeRates rates = new ExchangeRates(Currency.getInstance("USD"),
                Map.of(Currency.getInstance("EUR"), new BigDecimal("1.10"), Currency.getInstance("JPY"),
                        new BigDecimal("0.0067")));
        List<Deal> deals = List.of(deal("quote", "10000", "USD", APRIL, "rita", null),
                deal("quote", "10000", "EUR", APRIL, "rita", null),
                deal("quote", "1000000", "JPY", APRIL, "rita", null));

        ForecastLine line = FORECAST.build(deals, ForecastDimension.CLOSE_MONTH, rates).lines().get(0);

        assertThat(line.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(line.total()).isEqualByComparingTo("27700.00"); // 10000 + 11000 + 6700
        assertThat(line.weighted()).isEqualByComparingTo("11080.00");
    }

    @Test
    void a_currency_without_a_rate_is_an_error_not_a_guess() {
        ExchangeRates rates = new ExchangeRates(Currency.getInstance("USD"), Map.of());
        assertThatThrownBy(() -> FORECAST.build(List.of(deal("quote", "1", "CNY", APRIL, "rita", null)),
                ForecastDimension.OWNER, rates))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("rates: no rate from CNY to USD");
    }

    @Test
    void a_deal_level_probability_overrides_the_stage() {
        ForecastLine line = FORECAST.build(List.of(deal("quote", "10000", "USD", APRIL, "rita", 90)),
                ForecastDimension.OWNER).lines().get(0);
        assertThat(line.weighted()).isEqualByComparingTo("9000");
    }

    @Test
    void forecasts_group_by_owner_team_category_source_country_and_product_line() {
        List<Deal> deals = List.of(deal("quote", "100", "USD", APRIL, "rita", null),
                deal("sample-trial", "100", "USD", MAY, "mike", null),
                deal("inquiry", "100", "USD", MAY, "olga", null));

        assertThat(FORECAST.build(deals, ForecastDimension.OWNER).lines()).extracting(ForecastLine::group)
                .containsExactly("mike", "olga", "rita");
        assertThat(FORECAST.build(deals, ForecastDimension.TEAM).lines()).extracting(ForecastLine::group)
                .containsExactly("(none)", "Asia", "Europe");
        assertThat(FORECAST.build(deals, ForecastDimension.CATEGORY).lines()).extracting(ForecastLine::group)
                .containsExactly("BEST_CASE", "COMMIT", "PIPELINE");
        assertThat(FORECAST.build(deals, ForecastDimension.SOURCE).lines()).extracting(ForecastLine::group)
                .containsExactly("MARKETPLACE");
        assertThat(FORECAST.build(deals, ForecastDimension.COUNTRY).lines()).extracting(ForecastLine::group)
                .containsExactly("DE");
        assertThat(FORECAST.build(deals, ForecastDimension.PRODUCT_LINE).lines()).extracting(ForecastLine::group)
                .containsExactly("valves");
    }

    @Test
    void deals_without_an_amount_are_counted_not_guessed() {
        List<Deal> deals = List.of(deal("quote", "100", "USD", APRIL, "rita", null),
                deal("inquiry", null, null, APRIL, "rita", null),
                deal("inquiry", null, null, null, "rita", null));

        ForecastReport report = FORECAST.build(deals, ForecastDimension.CLOSE_MONTH);

        assertThat(report.line("2026-04", "USD").orElseThrow().dealsWithoutAmount()).isEqualTo(1);
        assertThat(report.lines()).filteredOn(l -> l.group().equals("(none)")).singleElement()
                .satisfies(l -> {
                    assertThat(l.currency()).isNull();
                    assertThat(l.dealsWithoutAmount()).isEqualTo(1);
                });
    }
}
