package io.tenantcrm.core.pipeline;

/** How sure the seller is, as managers roll it up: pipeline, then best case, commit and closed. Omitted is left out. */
public enum ForecastCategory {
    PIPELINE,
    BEST_CASE,
    COMMIT,
    CLOSED,
    OMITTED
}
