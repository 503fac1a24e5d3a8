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
 * The rows a run did not import, as a CSV the user can fix and import again: the row's number, what became of it
 * (rejected, skipped as a duplicate), why (each field and its problem, or the records it duplicates and the
 * reasons), then the row as it was. Written row by row as the run goes.
 */
public final class ImportReport implements FileImport.Listener, AutoCloseable {

    private final CSVPrinter csv;
    private int written;

    public ImportReport(Writer out, List<String> headers) {
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
        if (outcome.action() != RowOutcome.Action.REJECT && outcome.action() != RowOutcome.Action.SKIP_DUPLICATE) {
            return;
        }
        List<String> line = new ArrayList<>();
        line.add(String.valueOf(row.number()));
        line.add(outcome.action().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        line.add(outcome.action() == RowOutcome.Action.REJECT
                ? outcome.problems().stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))
                : outcome.duplicates().stream().map(ImportReport::why).collect(Collectors.joining("; ")));
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

    @Override
    public void close() {
        try {
            csv.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
