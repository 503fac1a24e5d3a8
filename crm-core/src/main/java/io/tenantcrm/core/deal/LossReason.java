package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.List;

/** Why a deal was lost: a category, one of its sub-reasons, and an optional note. */
public record LossReason(LossCategory category, String subReason, String note) {

    public static final int MAX_NOTE = 2000;

    public LossReason {
        List<Violation> violations = new ArrayList<>();
        if (category == null) {
            violations.add(new Violation("lossReason.category",
                    "choose one of price, lead time, specification, trust, process, external"));
        } else if (subReason == null || !category.subReasons().contains(subReason)) {
            violations.add(new Violation("lossReason.subReason", "choose one of " + category.subReasons()));
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            violations.add(new Violation("lossReason.note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    @Override
    public String toString() {
        return category + "/" + subReason + (note == null ? "" : " (" + note + ")");
    }
}
