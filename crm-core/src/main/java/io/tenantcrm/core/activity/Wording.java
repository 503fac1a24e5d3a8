package io.tenantcrm.core.activity;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an activity the CRM wrote itself says, as a stable code and its values, so a screen can say it in the
 * reader's language; the activity's summary is the same in English, for whoever has no translation. Amounts come
 * as a value and its currency ({@code net}, {@code netCurrency}), days as ISO dates.
 *
 * @param code   e.g. {@code quote-sent}
 * @param values e.g. {@code number=Q-2026-00042, version=2, net=19000.00, netCurrency=USD, validUntil=2026-12-31}
 */
public record Wording(String code, Map<String, String> values) {

    public Wording {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a wording needs a code");
        }
        values = values == null ? Map.of() : Map.copyOf(new TreeMap<>(values));
    }
}
