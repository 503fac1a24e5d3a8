package io.tenantcrm.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(delimiter = '|', value = {
            "DE | 030 1234567         | +49301234567",
            "DE | (0)30-123 45 67     | +49301234567",
            "GB | 020 7946 0958       | +442079460958",
            "FR | 01 23 45 67 89      | +33123456789",
            "IT | 06 1234 5678        | +390612345678",
            "US | (415) 555-0132      | +14155550132",
            "US | 1-415-555-0132      | +14155550132",
            "CN | 138 0013 8000       | +8613800138000",
            "CN | 021-6123 4567       | +862161234567",
            "RU | 8 (495) 123-45-67   | +74951234567",
            "HU | 06 1 234 5678       | +3612345678",
            "JP | 03-1234-5678        | +81312345678",
            "IN | 098765 43210        | +919876543210",
            "BR | (11) 91234-5678     | +5511912345678",
    })
    void national_numbers_are_read_with_the_country(String country, String typed, String e164) {
        assertThat(PhoneNumber.parse(typed, CountryCode.of(country))).hasToString(e164);
    }

    @Test
    void international_numbers_need_no_country() {
        assertThat(PhoneNumber.parse("+49 30 1234567", null)).hasToString("+49301234567");
        assertThat(PhoneNumber.parse("0049 30 1234567", null)).hasToString("+49301234567");
        assertThat(PhoneNumber.parse("+86 (0)21 6123 4567", null)).hasToString("+862161234567");
        assertThat(PhoneNumber.parse("+49 (0)30 1234567", null)).hasToString("+49301234567");
    }

    @Test
    void the_same_phone_typed_differently_is_equal() {
        assertThat(PhoneNumber.parse("030 1234567", CountryCode.of("DE")))
                .isEqualTo(PhoneNumber.parse("+49 (30) 123-4567", CountryCode.of("US")));
    }

    @Test
    void an_extension_is_not_part_of_the_number() {
        assertThat(PhoneNumber.parse("+1 415 555 0132 ext. 12", null)).hasToString("+14155550132");
        assertThat(PhoneNumber.parse("+1 415 555 0132 x12", null)).hasToString("+14155550132");
    }

    @Test
    void a_national_number_without_a_country_is_refused() {
        assertThatThrownBy(() -> PhoneNumber.parse("030 1234567", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("phone: '030 1234567' is a national number: the country is needed");
    }

    @Test
    void letters_and_overlong_numbers_are_refused() {
        assertThatThrownBy(() -> PhoneNumber.parse("call me", CountryCode.of("DE")))
                .hasMessageContaining("may contain only digits");
        assertThatThrownBy(() -> PhoneNumber.parse("+49 1234 5678 9012 3456", null))
                .hasMessageContaining("more than the 15 digits E.164 allows");
        assertThatThrownBy(() -> PhoneNumber.parse("+12", null)).hasMessageContaining("too short");
    }

    @Test
    void an_unknown_national_plan_asks_for_the_international_form() {
        assertThatThrownBy(() -> PhoneNumber.parse("123 4567", CountryCode.of("AQ")))
                .hasMessage("phone: national numbers of AQ are not known yet: enter it with + and the country code");
    }

    @Test
    void the_canonical_form_is_checked_on_construction() {
        assertThatThrownBy(() -> new PhoneNumber("4930123")).isInstanceOf(InvalidValueException.class);
    }
}
