package io.tenantcrm.core.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void an_amount_takes_the_scale_of_its_currency() {
        assertThat(Money.of("1200", "usd").amount()).isEqualByComparingTo("1200.00");
        assertThat(Money.of("1200", "USD").amount().scale()).isEqualTo(2);
        assertThat(Money.of("1200", "JPY").amount().scale()).isZero();
        assertThat(Money.of("12.5", "EUR")).hasToString("12.50 EUR");
    }

    @Test
    void more_decimals_than_the_currency_has_are_refused_not_rounded() {
        assertThatThrownBy(() -> Money.of("10.005", "USD"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("amount: 10.005 has more decimal places than USD allows (2)");
        assertThatThrownBy(() -> Money.of("100.5", "JPY"))
                .hasMessageContaining("more decimal places than JPY allows (0)");
    }

    @Test
    void trailing_zeros_beyond_the_scale_are_harmless() {
        assertThat(Money.of("10.500", "USD")).isEqualTo(Money.of("10.5", "USD"));
    }

    @Test
    void unknown_currencies_and_non_numbers_name_their_field() {
        assertThatThrownBy(() -> Money.of("10", "XYZ1"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("currency");
                    assertThat(e.reason()).isEqualTo("'XYZ1' is not an ISO 4217 currency code");
                });
        assertThatThrownBy(() -> Money.of("ten", "USD"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> Money.of(" ", "USD")).hasMessage("amount: must not be empty");
    }

    @Test
    void amounts_of_one_currency_add_up_exactly() {
        Money sum = Money.of("0.10", "USD").plus(Money.of("0.20", "USD"));
        assertThat(sum).isEqualTo(Money.of("0.30", "USD"));
        assertThat(sum.minus(Money.of("0.50", "USD")).isNegative()).isTrue();
    }

    @Test
    void different_currencies_are_never_added_silently() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine USD with EUR without an exchange rate");
    }

    @Test
    void weighting_rounds_half_even_to_the_currency_scale() {
        assertThat(Money.of("100.05", "USD").times(new BigDecimal("0.5"))).isEqualTo(Money.of("50.02", "USD"));
        assertThat(Money.of("100.15", "USD").times(new BigDecimal("0.5"))).isEqualTo(Money.of("50.08", "USD"));
    }
}
