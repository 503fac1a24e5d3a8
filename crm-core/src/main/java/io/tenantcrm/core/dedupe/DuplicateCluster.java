package io.tenantcrm.core.dedupe;

import java.util.List;

/** Records that are surely one customer: its members, and the scored, explained pairs that tie them together. */
public record DuplicateCluster(List<String> members, List<DuplicatePair> pairs) {

    public DuplicateCluster {
        members = List.copyOf(members);
        pairs = List.copyOf(pairs);
    }
}
