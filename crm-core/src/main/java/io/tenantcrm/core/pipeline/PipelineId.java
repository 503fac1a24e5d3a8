package io.tenantcrm.core.pipeline;

import io.tenantcrm.core.shared.InvalidValueException;

/** A pipeline's key within its tenant ({@code default}, {@code distributors}). */
public record PipelineId(String value) {

    public PipelineId {
        if (value == null || !value.matches("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?")) {
            throw new InvalidValueException("pipeline", "'" + value + "' is not a pipeline key");
        }
    }

    public static PipelineId of(String value) {
        return new PipelineId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
