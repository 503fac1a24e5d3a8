package io.tenantcrm.core.deal;

import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;

import java.time.Instant;

/**
 * An intended move of a deal into a stage, as the policies judge it. {@code from} is null for a new deal;
 * {@code nextStep} is the one the deal will have after the move; {@code reopening} is true when the move comes
 * with a reason that reopens a won or lost deal.
 */
public record StageMove(Deal deal, Pipeline pipeline, Stage from, Stage to, NextStep nextStep, Instant now,
                        boolean reopening) {
}
