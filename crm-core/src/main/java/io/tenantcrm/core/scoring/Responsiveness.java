package io.tenantcrm.core.scoring;

import java.time.Duration;
import java.util.Objects;

/** A buyer who answers fast is serious: full points within {@code fast}, half within {@code slow}, else none. */
public record Responsiveness(Duration fast, Duration slow, int points) implements ScoringRule {

    public Responsiveness {
        Objects.requireNonNull(fast, "fast");
        Objects.requireNonNull(slow, "slow");
        if (slow.compareTo(fast) < 0 || points < 0) {
            throw new IllegalArgumentException("responsiveness: fast <= slow and points >= 0");
        }
    }

    @Override
    public int maxPoints() {
        return points;
    }

    @Override
    public RuleHit evaluate(LeadSignals lead) {
        Duration reply = lead.medianReplyTime();
        if (reply == null || lead.customerReplies() == 0) {
            return new RuleHit("responsiveness", "no reply yet", 0, points);
        }
        String input = "median reply " + reply.toHours() + " h over " + lead.customerReplies() + " replies";
        if (reply.compareTo(fast) <= 0) {
            return new RuleHit("responsiveness", input + " (<= " + fast.toHours() + " h)", points, points);
        }
        if (reply.compareTo(slow) <= 0) {
            return new RuleHit("responsiveness", input + " (<= " + slow.toHours() + " h)", points / 2, points);
        }
        return new RuleHit("responsiveness", input + " (> " + slow.toHours() + " h)", 0, points);
    }
}
