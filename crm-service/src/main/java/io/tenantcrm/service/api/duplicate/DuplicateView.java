package io.tenantcrm.service.api.duplicate;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicatePair;

import java.util.List;
import java.util.Locale;

/**
 * A record the one at hand may duplicate: which (type lead|contact|account and id), how sure (0..1, sure from the
 * tenant's "duplicate" threshold), and why.
 */
public record DuplicateView(String type, String id, double score, boolean sure, List<String> reasons) {

    public static DuplicateView of(DuplicatePair pair) {
        RecordRef record = Candidate.refOf(pair.second());
        return new DuplicateView(record.type().name().toLowerCase(Locale.ROOT), record.id(),
                Math.round(pair.score() * 1000) / 1000.0, pair.sure(), pair.reasons());
    }

    public static List<DuplicateView> of(List<DuplicatePair> pairs) {
        return pairs.stream().map(DuplicateView::of).toList();
    }
}
