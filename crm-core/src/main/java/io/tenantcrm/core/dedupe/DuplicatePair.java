package io.tenantcrm.core.dedupe;

import java.util.List;

/** Two records that may be one customer: how sure (0..1), and which keys matched. */
public record DuplicatePair(String first, String second, double score, List<String> reasons, boolean sure) {

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }
}
