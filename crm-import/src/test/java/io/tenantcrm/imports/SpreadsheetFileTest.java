package io.tenantcrm.imports;

import io.tenantcrm.core.imports.ImportRow;
import io.tenantcrm.core.shared.InvalidValueException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetFileTest {

    @Test
    void a_csv_from_excel_with_a_byte_order_mark_semicolons_and_a_quoted_line_break_reads_as_written() {
        String csv = "\uFEFF联系人;公司名称;Email;Notes\r\n"
                + "王芳;Ningbo Valves;wang.fang@nbvalves.cn;\"two lines,\r\nwith a comma\"\r\n"
                + "\r\n"
                + "Jan Nowak;\"Nowak; Pompy\";jan@nowak.pl;\r\n";

        try (SpreadsheetFile file = SpreadsheetFile.open(bytes(csv), SpreadsheetFile.Format.CSV)) {
            assertThat(file.headers()).containsExactly("联系人", "公司名称", "Email", "Notes");
            List<ImportRow> rows = all(file);
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).number()).isEqualTo(2);
            assertThat(rows.get(0).cells()).containsExactly("王芳", "Ningbo Valves", "wang.fang@nbvalves.cn",
                    "two lines,\r\nwith a comma");
            assertThat(rows.get(1).cells()).containsExactly("Jan Nowak", "Nowak; Pompy", "jan@nowak.pl", "");
        }
    }

    @Test
    void a_comma_or_tab_separated_file_is_told_by_its_header() {
        assertThat(CsvFile.separatorOf("a,b,c")).isEqualTo(',');
        assertThat(CsvFile.separatorOf("a;b;c")).isEqualTo(';');
        assertThat(CsvFile.separatorOf("a\tb\tc")).isEqualTo('\t');
    }

    @Test
    void an_xlsx_sheet_streams_numbers_as_typed_dates_as_iso_dates_and_skips_empty_rows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Leads");
            sheet.value(0, 0, "Name");
            sheet.value(0, 1, "Phone");
            sheet.value(0, 2, "Date");
            sheet.value(0, 3, "Quantity");
            sheet.value(1, 0, "Eva Lind");
            sheet.value(1, 1, 4670123456L);
            sheet.value(1, 2, LocalDate.of(2026, 3, 2));
            sheet.style(1, 2).format("yyyy-mm-dd").set();
            sheet.value(1, 3, 2.0);
            sheet.value(3, 0, "Raj Patel");
        }

        try (SpreadsheetFile file = SpreadsheetFile.open(new ByteArrayInputStream(out.toByteArray()),
                SpreadsheetFile.Format.XLSX)) {
            assertThat(file.headers()).containsExactly("Name", "Phone", "Date", "Quantity");
            List<ImportRow> rows = all(file);
            assertThat(rows).extracting(ImportRow::number).containsExactly(2, 4);
            assertThat(rows.get(0).cells()).containsExactly("Eva Lind", "4670123456", "2026-03-02", "2");
            assertThat(rows.get(1).cells()).startsWith("Raj Patel");
        }
    }

    @Test
    void only_csv_and_xlsx_files_are_taken_and_an_empty_or_broken_file_is_refused_by_name() {
        assertThat(SpreadsheetFile.Format.of("Leads 2026.XLSX")).isEqualTo(SpreadsheetFile.Format.XLSX);
        assertThat(SpreadsheetFile.Format.of("text/csv; charset=utf-8")).isEqualTo(SpreadsheetFile.Format.CSV);
        assertThatThrownBy(() -> SpreadsheetFile.Format.of("leads.xls")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> SpreadsheetFile.open(bytes(""), SpreadsheetFile.Format.CSV))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> SpreadsheetFile.open(bytes("not a zip"), SpreadsheetFile.Format.XLSX))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining(".xlsx");
    }

    private static List<ImportRow> all(SpreadsheetFile file) {
        List<ImportRow> rows = new ArrayList<>();
        file.rows().forEachRemaining(rows::add);
        return rows;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
