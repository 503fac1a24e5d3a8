package io.tenantcrm.imports;

import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.imports.ImportSession;
import io.tenantcrm.core.imports.RowOutcome;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
  * A whole file through an {@link ImportSession} (leads, accounts), {@value #BATCH} rows at a time (each batch one transaction in a
 * real run): only one batch of rows is ever in memory, the listener hears of every row and of the progress, and a
 * cancellation is honoured between batches (what was imported stays; nothing is half in).
 */
public final class FileImport {

    public static final int BATCH = 500;

    /** Hears what happens, in row order. */
    public interface Listener {

        void row(ImportRow row, RowOutcome outcome);

        default void progress(int rowsDone) {
        }
    }

    /**
     * How a run ended: rows read, what became of them ({@code toReview} of the {@code created} may be someone the
     * tenant has), and whether it was cancelled before the end.
     */
    public record Summary(int rows, int created, int updated, int skipped, int rejected, int toReview,
                          boolean cancelled) {
    }

    /** Where the rows to review are counted, after one count per action. */
    private static final int REVIEW = RowOutcome.Action.values().length;

    private FileImport() {
    }

    public static Summary run(SpreadsheetFile file, ImportSession session, boolean dryRun,
                              BooleanSupplier cancelled, Listener listener) {
        Objects.requireNonNull(listener, "listener");
        int[] counts = new int[RowOutcome.Action.values().length + 1];
        int done = 0;
        Iterator<ImportRow> rows = file.rows();
        List<ImportRow> batch = new ArrayList<>(BATCH);
        while (rows.hasNext()) {
            if (cancelled.getAsBoolean()) {
                return summary(done, counts, true);
            }
            batch.clear();
            while (rows.hasNext() && batch.size() < BATCH) {
                batch.add(rows.next());
            }
            List<RowOutcome> outcomes = dryRun ? session.dryRun(batch) : session.apply(batch);
            for (int i = 0; i < batch.size(); i++) {
                counts[outcomes.get(i).action().ordinal()]++;
                counts[REVIEW] += outcomes.get(i).toReview() ? 1 : 0;
                listener.row(batch.get(i), outcomes.get(i));
            }
            done += batch.size();
            listener.progress(done);
        }
        return summary(done, counts, false);
    }

    private static Summary summary(int done, int[] counts, boolean cancelled) {
        return new Summary(done, counts[RowOutcome.Action.CREATE.ordinal()],
                counts[RowOutcome.Action.UPDATE.ordinal()], counts[RowOutcome.Action.SKIP_DUPLICATE.ordinal()],
                counts[RowOutcome.Action.REJECT.ordinal()], counts[REVIEW], cancelled);
    }
}
