package io.tenantcrm.service.api.duplicate;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.Evidence;

import java.util.List;
import java.util.Locale;

/**
 * A record the one at hand may duplicate: which (type lead|contact|account and id), how likely (0..1; sure from the
 * tenant's threshold and an identifier or two fields agreeing with none against), why in English ({@code reasons}),
 * and the same evidence for a screen to say in its language: each piece's stable code, its values, its weight in
 * bits (positive for, negative against).
 */
public record DuplicateView(String type, String id, double score, boolean sure, List<String> reasons,
                            List<EvidenceView> evidence) {

    /** One piece of evidence: e.g. {@code different-email-domains}, [nbtrading.com, ningbohw.cn], -3.6. */
    public record EvidenceView(String code, List<String> values, double weight) {

        public static List<EvidenceView> of(List<Evidence> evidence) {
            return evidence.stream().map(piece -> new EvidenceView(piece.code(), piece.values(),
                    Math.round(piece.weight() * 10) / 10.0)).toList();
        }
    }

    public static DuplicateView of(DuplicatePair pair) {
        RecordRef record = Candidate.refOf(pair.second());
        return new DuplicateView(record.type().name().toLowerCase(Locale.ROOT), record.id(),
                Math.round(pair.score() * 1000) / 1000.0, pair.sure(), pair.reasons(),
                EvidenceView.of(pair.evidence()));
    }

    public static List<DuplicateView> of(List<DuplicatePair> pairs) {
        return pairs.stream().map(DuplicateView::of).toList();
    }
}
