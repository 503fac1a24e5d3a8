package io.tenantcrm.core.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case ({@code DE}, {@code CN}, {@code US}). */
public record CountryCode(String value) {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("country", "must not be empty", Violation.REQUIRED);
        }
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(value)) {
            throw new InvalidValueException("country", "'" + value + "' is not an ISO 3166-1 alpha-2 country code",
                    "country");
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
