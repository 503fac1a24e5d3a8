package io.tenantcrm.imports;

import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.shared.InvalidValueException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A CSV file in UTF-8 (a byte-order mark, as Excel writes one, is skipped), separated by commas, semicolons (what
 * Excel writes where the comma is the decimal sign) or tabs: the separator the header line uses most. Quoted
 * fields may hold separators and line breaks (Apache Commons CSV).
 */
final class CsvFile implements SpreadsheetFile {

    private static final int HEADER_LINE_LIMIT = 64 * 1024;

    private final CSVParser parser;
    private final List<String> headers;
    private final Iterator<CSVRecord> records;

    CsvFile(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(HEADER_LINE_LIMIT);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        reader.mark(HEADER_LINE_LIMIT);
        String firstLine = reader.readLine();
        if (firstLine == null || firstLine.isBlank()) {
            throw new InvalidValueException("file", "is empty: the first line must name the columns");
        }
        reader.reset();
        parser = CSVFormat.RFC4180.builder().setDelimiter(separatorOf(firstLine)).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(reader);
        records = parser.iterator();
        headers = records.hasNext() ? records.next().toList() : List.of();
    }

    static char separatorOf(String headerLine) {
        char best = ',';
        long most = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public Iterator<ImportRow> rows() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw new InvalidValueException("file", "cannot be read as CSV: " + e.getMessage());
                }
            }

            @Override
            public ImportRow next() {
                CSVRecord record;
                try {
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new InvalidValueException("file", "cannot be read as CSV: " + e.getMessage());
                }
                // the header is line 1; a quoted line break makes a record span lines, so count records
                return new ImportRow((int) record.getRecordNumber(), new ArrayList<>(record.toList()));
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
