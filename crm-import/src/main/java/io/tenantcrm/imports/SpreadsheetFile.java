package io.tenantcrm.imports;

import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.shared.InvalidValueException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A file of rows with a header row, read as a stream: the headers, then the data rows one by one (numbered as the
 * user sees them, the header being row 1). Never holds the file in memory. Close it when done.
 */
public interface SpreadsheetFile extends AutoCloseable {

    /** The formats read. */
    enum Format {
        CSV, XLSX;

        /** From a file name or a media type: {@code leads.xlsx}, {@code text/csv}. */
        public static Format of(String nameOrMediaType) {
            String text = nameOrMediaType == null ? "" : nameOrMediaType.toLowerCase(Locale.ROOT).strip();
            if (text.endsWith(".xlsx") || text.contains("spreadsheetml")) {
                return XLSX;
            }
            if (text.endsWith(".csv") || text.endsWith(".txt") || text.startsWith("text/csv")
                    || text.startsWith("text/plain")) {
                return CSV;
            }
            throw new InvalidValueException("file", "must be a .csv or an .xlsx file (Excel 2007 or later)");
        }
    }

    List<String> headers();

    Iterator<ImportRow> rows();

    @Override
    void close();

    static SpreadsheetFile open(InputStream in, Format format) {
        try {
            return format == Format.XLSX ? new XlsxFile(in) : new CsvFile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
