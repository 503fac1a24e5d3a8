package io.tenantcrm.core.sla;

import java.time.Duration;
import java.util.Objects;

/**
 * One rung of the ladder climbed when a clock runs out: who is told, how long (in business time) after the due
 * time. The default ladder reminds the owner at once, tells their manager after 30 minutes and the tenant's
 * fallback after 2 hours.
 */
public record EscalationStep(Recipient recipient, Duration afterDue) {

    /** Who a step goes to. */
    public enum Recipient {
        OWNER, MANAGER, FALLBACK
    }

    public EscalationStep {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(afterDue, "afterDue");
        if (afterDue.isNegative()) {
            throw new IllegalArgumentException("a step comes at or after the due time");
        }
    }
}
