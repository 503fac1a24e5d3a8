package io.tenantcrm.core.product;

import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A product's stock-keeping unit, the code a company's own papers use ("VLV-DN50-316"). Unique in a tenant's
 * catalogue, compared without regard to case; kept as typed, trimmed.
 */
public record Sku(String value) {

    public static final int MAX = 64;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/#+-]*");

    public Sku {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new RuleViolationException(java.util.List.of(Violation.required("sku", "a product needs a SKU")));
        }
        if (value.length() > MAX) {
            throw new RuleViolationException(java.util.List.of(new Violation("sku", "must be at most " + MAX
                    + " characters", Violation.TOO_LONG)));
        }
        if (!ALLOWED.matcher(value).matches()) {
            throw new RuleViolationException("sku", "letters, digits and . _ / # + - only, starting with a letter"
                    + " or digit");
        }
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    /** The form two SKUs are compared in. */
    public String key() {
        return value.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
