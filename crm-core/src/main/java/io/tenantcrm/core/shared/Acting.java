package io.tenantcrm.core.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Who makes a change and when: stamped on every event and audit entry the change produces. Built from the
 * caller's identity and the injected Clock, never from the wall clock directly.
 */
public record Acting(TenantId tenant, UserId user, Instant at) {

    public Acting {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }

    public static Acting now(TenantId tenant, UserId user, Clock clock) {
        return new Acting(tenant, user, clock.instant());
    }
}
