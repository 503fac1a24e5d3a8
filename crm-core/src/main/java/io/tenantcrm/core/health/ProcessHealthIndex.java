package io.tenantcrm.core.health;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How well a rep or a team works the process over a period, 0-100, from leading signals rather than closed
 * revenue. Each signal shows its value, target and contribution.
 */
public record ProcessHealthIndex(String subject, java.time.Instant from, java.time.Instant to, int index,
                                 List<ProcessSignal> signals) {

    public ProcessHealthIndex {
        signals = List.copyOf(signals);
    }

    public String explain() {
        return subject + ": " + index + "/100; "
                + signals.stream().map(ProcessSignal::describe).collect(Collectors.joining("; "));
    }
}
