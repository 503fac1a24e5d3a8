package io.tenantcrm.core.imports;

import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.shared.Violation;

import java.util.List;
import java.util.Objects;

/**
 * What importing a row did (or, in a dry run, would do): created or updated which record, skipped it as a sure
 * duplicate of which records, or rejected it and why. A row created although it may be someone the tenant has
 * carries those possible duplicates and is {@link #toReview}.
 */
public record RowOutcome(int row, Action action, String record, List<Violation> problems,
                         List<DuplicatePair> duplicates) {

    /** The four things a row can come to. */
    public enum Action { CREATE, UPDATE, SKIP_DUPLICATE, REJECT }

    public RowOutcome {
        Objects.requireNonNull(action, "action");
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }

    /** Created, and possibly a duplicate: a person should look at it (and merge it if so). */
    public boolean toReview() {
        return action == Action.CREATE && !duplicates.isEmpty();
    }

    static RowOutcome rejected(int row, List<Violation> problems) {
        return new RowOutcome(row, Action.REJECT, null, problems, List.of());
    }
}
