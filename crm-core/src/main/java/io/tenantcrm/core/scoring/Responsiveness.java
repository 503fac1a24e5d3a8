package io.tenantcrm.core.scoring;

import io.tenantcrm.core.shared.Wording;

import java.time.Duration;
import java.util.Map;
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
            return new RuleHit("responsiveness", "no reply yet", 0, points, new Wording("no-reply", Map.of()));
        }
        String input = "median reply " + reply.toHours() + " h over " + lead.customerReplies() + " replies";
        Map<String, String> values = Map.of("hours", String.valueOf(reply.toHours()), "replies",
                String.valueOf(lead.customerReplies()));
        if (reply.compareTo(fast) <= 0) {
            return new RuleHit("responsiveness", input + " (<= " + fast.toHours() + " h)", points, points,
                    within(values, fast));
        }
        if (reply.compareTo(slow) <= 0) {
            return new RuleHit("responsiveness", input + " (<= " + slow.toHours() + " h)", points / 2, points,
                    within(values, slow));
        }
        return new RuleHit("responsiveness", input + " (> " + slow.toHours() + " h)", 0, points,
                new Wording("reply-after", with(values, slow)));
    }

    private static Wording within(Map<String, String> values, Duration limit) {
        return new Wording("reply-within", with(values, limit));
    }

    private static Map<String, String> with(Map<String, String> values, Duration limit) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("limit", String.valueOf(limit.toHours()));
        return all;
    }
}
