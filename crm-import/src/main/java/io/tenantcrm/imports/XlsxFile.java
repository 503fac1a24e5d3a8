package io.tenantcrm.imports;

import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.shared.InvalidValueException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The first sheet of an Excel (.xlsx) workbook, streamed row by row (fastexcel-reader). Numbers are read as
 * written (a phone typed as a number loses no digits, 1.0 is 1), cells formatted as dates as ISO dates, formulas
 * as their last computed value; empty rows are skipped.
 */
final class XlsxFile implements SpreadsheetFile {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> sheet;
    private final List<String> headers;

    XlsxFile(InputStream in) throws IOException {
        try {
            workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException("file", "cannot be read as an .xlsx workbook");
        }
        stream = workbook.getFirstSheet().openStream();
        sheet = stream.filter(row -> row.getFirstNonEmptyCell().isPresent()).iterator();
        if (!sheet.hasNext()) {
            throw new InvalidValueException("file", "is empty: the first row must name the columns");
        }
        headers = cells(sheet.next());
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
                return sheet.hasNext();
            }

            @Override
            public ImportRow next() {
                Row row = sheet.next();
                return new ImportRow(row.getRowNum(), cells(row));
            }
        };
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? cell.asDate().toLocalDate().toString() : plain(cell.asNumber());
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY, ERROR -> "";
            default -> cell.getText() == null ? "" : cell.getText().strip();
        };
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String lower = format.toLowerCase(Locale.ROOT).replaceAll("\\[[^]]*]|\"[^\"]*\"", "");
        return lower.contains("y") || lower.contains("d") && lower.contains("m");
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() {
        try {
            stream.close();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
