package io.tenantcrm.core.sla;

import io.tenantcrm.core.shared.UserId;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A tenant's SLA: its promises, its business hours, and who gets the last rung of an escalation. */
public record SlaSettings(SlaPolicy policy, BusinessHours hours, UserId escalationFallback) {

    public SlaSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(hours, "hours");
    }

    /** The brief's promises, Monday to Friday 09:00-17:00 UTC, no fallback (the manager is the last rung). */
    public static SlaSettings defaults() {
        return new SlaSettings(SlaPolicy.defaults(),
                BusinessHours.weekdays(ZoneId.of("UTC"), "09:00", "17:00", Set.of()), null);
    }

    public Optional<UserId> fallback() {
        return Optional.ofNullable(escalationFallback);
    }
}
