package io.tenantcrm.core.scoring;

/** One weighted rule of a tenant's lead-scoring model. */
public interface ScoringRule {

    /** The most this rule can give: its weight in the model. */
    int maxPoints();

    RuleHit evaluate(LeadSignals lead);
}
