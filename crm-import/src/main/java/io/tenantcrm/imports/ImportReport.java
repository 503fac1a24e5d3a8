package io.tenantcrm.imports;

import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.imports.RowOutcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rows a run did not import, as a CSV the user can fix and import again, and the rows it created that may be
 * someone the tenant has ("create, to review": never skipped, flagged for a person to look at and merge if so):
 * the row's number, what became of it (rejected, skipped as a sure duplicate, created to review), why (each field
 * and its problem, or the records it may duplicate with the evidence for and against), then the row as it was. Written row by row as the run goes. A dry run's report ({@link #everyRow})
 * lists the rows to be created and updated too, so the user sees what each row would do before anything is written.
 */
public final class ImportReport implements FileImport.Listener, AutoCloseable {

    private final CSVPrinter csv;
    private final boolean everyRow;
    private int written;
    private boolean closed;

    /** The rows not imported (rejected, skipped as sure duplicates) and those created to review. */
    public ImportReport(Writer out, List<String> headers) {
        this(out, headers, false);
    }

    /** Every row with what it comes to (a dry run's report): created, updated and why, skipped, rejected. */
    public static ImportReport everyRow(Writer out, List<String> headers) {
        return new ImportReport(out, headers, true);
    }

    private ImportReport(Writer out, List<String> headers, boolean everyRow) {
        this.everyRow = everyRow;
        try {
            List<String> columns = new ArrayList<>(List.of("row", "outcome", "why"));
            columns.addAll(headers);
            csv = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(ImportRow row, RowOutcome outcome) {
        boolean imported = outcome.action() == RowOutcome.Action.CREATE || outcome.action() == RowOutcome.Action.UPDATE;
        if (imported && !everyRow && !outcome.toReview()) {
            return;
        }
        List<String> line = new ArrayList<>();
        line.add(String.valueOf(row.number()));
        line.add(outcome.action().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (outcome.toReview() ? ", to review" : ""));
        line.add(switch (outcome.action()) {
            case REJECT -> outcome.problems().stream().map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; "));
            case SKIP_DUPLICATE -> outcome.duplicates().stream().map(ImportReport::why)
                    .collect(Collectors.joining("; "));
            case UPDATE -> "updates " + outcome.record();
            case CREATE -> outcome.duplicates().isEmpty() ? "" : "possibly " + outcome.duplicates().stream()
                    .map(ImportReport::why).collect(Collectors.joining("; "));
        });
        line.addAll(row.cells());
        try {
            csv.printRecord(line);
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String why(DuplicatePair pair) {
        return "duplicate of " + pair.second() + " (" + String.join(", ", pair.reasons()) + ")";
    }

    /** How many rows the report lists. */
    public int rows() {
        return written;
    }

    /** Flushes and closes the report's writer; closing again does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            csv.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
