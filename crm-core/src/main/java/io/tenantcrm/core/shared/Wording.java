package io.tenantcrm.core.shared;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the CRM wrote itself (an activity, a task, what a scoring rule read), as a stable code and its values, so a
 * screen can say it in the reader's language; the English text beside it says the same for whoever has no
 * translation. Amounts come
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
