package io.tenantcrm.core.imports;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every import session shares: a batch is one transaction; a dry run takes the rows without writing; should a
 * real batch fail as a whole (a record changed under it, the database refused), it is undone and its rows go in one
 * transaction each, so a bad row is reported and never takes good ones with it, and no row is ever half in. What a
 * session learns of the file (records created by earlier rows) is registered with {@link #remember} so it is
 * forgotten with a rolled-back transaction.
 */
abstract class BatchedSession implements ImportSession {

    private final Recorder recorder;
    /** How to forget what the running transaction taught the session, should it roll back. */
    private final List<Runnable> undo = new ArrayList<>();
    private Boolean writing;

    BatchedSession(Recorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    /** Decides (and, when writing, does) what each row comes to, inside the batch's transaction. */
    abstract List<RowOutcome> take(List<ImportRow> rows, Acting acting, boolean write);

    /** What each row would come to; nothing is written. */
    @Override
    public List<RowOutcome> dryRun(List<ImportRow> rows) {
        mode(false);
        return recorder.inTransaction(acting -> take(rows, acting, false));
    }

    @Override
    public List<RowOutcome> apply(List<ImportRow> rows) {
        mode(true);
        try {
            return undoable(() -> recorder.inTransaction(acting -> take(rows, acting, true)));
        } catch (RuntimeException batchFailed) {
            List<RowOutcome> outcomes = new ArrayList<>();
            for (ImportRow row : rows) {
                try {
                    outcomes.add(undoable(() -> recorder.inTransaction(acting -> take(List.of(row), acting, true)))
                            .get(0));
                } catch (RuntimeException rowFailed) {
                    outcomes.add(RowOutcome.rejected(row.number(), List.of(new Violation("row",
                            "could not be written: " + rowFailed.getMessage()))));
                }
            }
            return outcomes;
        }
    }

    /** Registers how to forget something learned in the running transaction. */
    void remember(Runnable forget) {
        undo.add(forget);
    }

    private void mode(boolean writing) {
        if (this.writing != null && this.writing != writing) {
            throw new IllegalStateException("a session is a dry run or a real run, not both");
        }
        this.writing = writing;
    }

    /** Runs work; if it fails, forgets what it taught the session, as its transaction forgets its writes. */
    private <T> T undoable(Supplier<T> work) {
        undo.clear();
        try {
            return work.get();
        } catch (RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            throw e;
        } finally {
            undo.clear();
        }
    }
}
