package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;

import java.util.Map;

/**
 * What a pool's next choice depends on: who got the last lead (the rotation pointer; null before the first) and
 * how many open leads each member holds. The store keeps the pointer under a row lock, so concurrent intakes take
 * turns instead of picking the same person.
 */
public record PoolState(UserId lastAssigned, Map<UserId, Integer> openLeads) {

    public PoolState {
        openLeads = Map.copyOf(openLeads);
    }

    public static PoolState fresh() {
        return new PoolState(null, Map.of());
    }

    public int openLeadsOf(UserId user) {
        return openLeads.getOrDefault(user, 0);
    }
}
