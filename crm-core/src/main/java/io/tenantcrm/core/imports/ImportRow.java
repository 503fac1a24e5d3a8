package io.tenantcrm.core.imports;

import java.util.List;

/** One data row of a file: its number as the user sees it (the header is row 1) and its cells as text. */
public record ImportRow(int number, List<String> cells) {

    public ImportRow {
        cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
    }
}
