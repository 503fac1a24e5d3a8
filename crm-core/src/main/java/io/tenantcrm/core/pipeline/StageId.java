package io.tenantcrm.core.pipeline;

import io.tenantcrm.core.shared.InvalidValueException;

import java.util.regex.Pattern;

/** A stage's stable key within its pipeline ({@code quote}, {@code sample-trial}); names may change, keys do not. */
public record StageId(String value) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public StageId {
        if (value == null || !KEY.matcher(value).matches()) {
            throw new InvalidValueException("stage", "'" + value + "' is not a stage key (lower-case letters, digits"
                    + " and inner hyphens, at most 40)");
        }
    }

    public static StageId of(String value) {
        return new StageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
