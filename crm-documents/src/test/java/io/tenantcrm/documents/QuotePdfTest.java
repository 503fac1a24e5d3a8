package io.tenantcrm.documents;

import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The customer's PDF of a quote, drawn with the real font and read back with PDFBox's own text extraction: what a
 * buyer's viewer shows. Needs Debian's fonts-wqy-zenhei (the test command installs it) and fails without it.
 */
class QuotePdfTest {

    static final QuotePdf PDF = new QuotePdf(QuotePdf.DEFAULT_FONT);

    @Test
    void an_english_quote_says_who_sells_to_whom_every_line_the_totals_and_the_terms_without_cost_or_margin()
            throws IOException {
        byte[] bytes = PDF.render(quote(List.of(
                line("VLV-DN50", "Ball valve DN50, 316 stainless", "300", "pcs", "40.00", "10"),
                line(null, "Sea freight to Hamburg, 1 x 20' container", "1", null, "850.00", "0"))), Locale.ENGLISH);

        keep("quote-en.pdf", bytes);
        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        String text = text(bytes);
        assertThat(text).contains("Ningbo Valve Works Co., Ltd", "Quotation", "Quote no.", "Q-2026-00042",
                "Hamburg Pumps GmbH", "Germany", "7 December 2026", "6 January 2027",
                "VLV-DN50", "Ball valve DN50, 316 stainless", "300 pcs", "40.00", "10%", "10,800.00",
                "Sea freight to Hamburg", "850.00", "Total at list prices", "12,850.00", "-1,200.00",
                "Total (USD)", "11,650.00", "FOB Ningbo", "T/T deposit, balance against copy of B/L",
                "Delivery 30 days after the deposit", "Q-2026-00042 v2 · Page 1 of 1");
        assertThat(text).doesNotContainIgnoringCase("margin").doesNotContainIgnoringCase("cost");
        assertThat(fonts(bytes)).as("one font, embedded, a subset").singleElement().satisfies(font -> {
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
        });
    }

    @Test
    void a_chinese_quote_has_chinese_words_and_keeps_the_buyers_own_names_in_any_script() throws IOException {
        byte[] bytes = PDF.render(quote(List.of(
                line("VLV-DN50", "不锈钢球阀 DN50（316）", "300", "件", "40.00", "10"),
                line(null, "海运至汉堡，1 个 20 尺集装箱", "1", null, "850.00", "0"))), Locale.SIMPLIFIED_CHINESE);
        keep("quote-zh.pdf", bytes);
        String text = text(bytes);

        assertThat(text).contains("报价单", "报价单号", "Q-2026-00042", "买方", "Hamburg Pumps GmbH", "德国",
                "2026年12月7日", "不锈钢球阀", "300 件", "总计", "电汇定金，余款凭提单副本支付", "第 1 页，共 1 页");
    }

    @Test
    void many_lines_continue_on_the_next_pages_under_the_column_heads_and_every_page_is_numbered()
            throws IOException {
        List<QuoteDocument.Line> lines = IntStream.rangeClosed(1, 90).mapToObj(i -> line("SKU-" + i,
                "Flange PN16 size " + i + " with a description long enough to need a second line on the page",
                "10", "pcs", "5.00", "0")).toList();
        byte[] bytes = PDF.render(quote(lines), Locale.ENGLISH);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).contains("Page " + page + " of " + pages);
                if (page < pages) {
                    assertThat(text).as("page %d", page).contains("Description", "Unit price");
                }
            }
        }
        assertThat(text(bytes)).contains("SKU-1\n", "SKU-90", "4,500.00");
    }

    @Test
    void a_character_the_font_lacks_is_a_question_mark_and_a_draft_says_it_is_no_offer() throws IOException {
        QuoteDocument draft = new QuoteDocument("Ningbo Valve Works", "Buyer \uD83D\uDE00 Ltd", null,
                "Q-2026-00043", 1, LocalDate.parse("2026-12-07"), LocalDate.parse("2027-01-06"), "USD",
                List.of(line(null, "Valve", "1", null, "10.00", "0")), Money.of("10.00", "USD"),
                Money.of("0.00", "USD"), Money.of("10.00", "USD"), "", null, null, true);
        String text = text(PDF.render(draft, Locale.ENGLISH));
        assertThat(text).contains("Buyer ? Ltd", "DRAFT: not sent, not an offer");
    }

    @Test
    void without_the_font_it_says_which_package_to_install() {
        QuotePdf missing = new QuotePdf(Path.of("/nonexistent/font.ttc"));
        assertThat(missing.fontAvailable()).isFalse();
        assertThatThrownBy(() -> missing.render(quote(List.of()), Locale.ENGLISH))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fonts-wqy-zenhei");
        assertThat(Files.isReadable(QuotePdf.DEFAULT_FONT)).as("this machine has the font (./crm test installs it)")
                .isTrue();
    }

    private static QuoteDocument quote(List<QuoteDocument.Line> lines) {
        Money list = Money.of("0.00", "USD");
        Money net = Money.of("0.00", "USD");
        for (QuoteDocument.Line line : lines) {
            list = list.plus(line.unitPrice().times(line.quantity()));
            net = net.plus(line.net());
        }
        return new QuoteDocument("Ningbo Valve Works Co., Ltd", "Hamburg Pumps GmbH", CountryCode.of("DE"),
                "Q-2026-00042", 2, LocalDate.parse("2026-12-07"), LocalDate.parse("2027-01-06"), "USD", lines, list,
                list.minus(net), net, "FOB Ningbo", PaymentTerms.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT,
                "Delivery 30 days after the deposit", false);
    }

    private static QuoteDocument.Line line(String sku, String description, String quantity, String unit, String price,
                                           String discount) {
        BigDecimal q = new BigDecimal(quantity);
        Money unitPrice = Money.of(price, "USD");
        BigDecimal off = new BigDecimal(discount);
        Money net = Money.of(unitPrice.amount().multiply(q).multiply(BigDecimal.valueOf(100).subtract(off))
                .divide(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString(), "USD");
        return new QuoteDocument.Line(sku, description, q, unit, unitPrice, off, net);
    }

    /** Kept under target/documents for a person to open and look at. */
    private static void keep(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDFont> fonts(byte[] bytes) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (fonts.stream().noneMatch(f -> f.getName().equals(font.getName()))) {
                        fonts.add(font);
                    }
                }
            }
        }
        return fonts;
    }
}
