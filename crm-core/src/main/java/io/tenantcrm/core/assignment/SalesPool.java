package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * People who share incoming leads: in turn ({@link Distribution#ROUND_ROBIN}) or to whoever holds the fewest open
 * leads ({@link Distribution#LEAST_LOADED}); with a cap, nobody is given a lead while holding {@code cap} open
 * ones. Members are kept in the order given: the rotation follows it.
 */
public record SalesPool(String name, List<UserId> members, Distribution distribution, Integer cap) {

    /** How a pool shares its leads. */
    public enum Distribution {
        ROUND_ROBIN, LEAST_LOADED
    }

    public SalesPool {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a pool needs a name");
        }
        name = name.strip();
        members = List.copyOf(new LinkedHashSet<>(members));
        if (members.isEmpty()) {
            throw new IllegalArgumentException("pool " + name + " needs at least one member");
        }
        Objects.requireNonNull(distribution, "distribution");
        if (cap != null && cap < 1) {
            throw new IllegalArgumentException("a cap is at least 1 open lead");
        }
    }
}
