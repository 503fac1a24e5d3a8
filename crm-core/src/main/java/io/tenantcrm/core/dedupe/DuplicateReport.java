package io.tenantcrm.core.dedupe;

import java.util.List;

/** A whole-tenant scan's answer: how many records were compared, and the groups of sure duplicates among them. */
public record DuplicateReport(int records, List<DuplicateCluster> clusters) {

    public DuplicateReport {
        clusters = List.copyOf(clusters);
    }
}
