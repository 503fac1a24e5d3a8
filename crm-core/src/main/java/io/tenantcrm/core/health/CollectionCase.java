package io.tenantcrm.core.health;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * Money a customer owes on a won deal: when it was due, and when the owner first acted on it after that (a call,
 * an email, a reminder), if they did. The owner acted when {@code actedAt} is set.
 */
public record CollectionCase(DealId deal, UserId owner, Instant due, Instant actedAt) {

    public CollectionCase {
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
    }
}
