package io.tenantcrm.documents;

import io.tenantcrm.core.shared.Money;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link QuoteDocument} as an A4 PDF, in English or Simplified Chinese, with one TrueType font that covers
 * Latin and Han script embedded as a subset (so the customer's viewer needs no font of its own and the file stays
 * small). Lines that do not fit continue on the next page under the same column heads; every page is numbered.
 * A character the font lacks is drawn as "?" rather than failing the whole document.
 */
public final class QuotePdf {

    /** Debian's fonts-wqy-zenhei: TrueType outlines (embeddable, unlike the CFF-based Noto CJK), Latin and Han. */
    public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private static final float MARGIN = 48;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float RIGHT = WIDTH - MARGIN;
    private static final float BODY = 9.5f;
    private static final float LEADING = 13;
    // column edges: number, description (left), then quantity, unit price, discount and amount (right-aligned)
    private static final float COL_NO = MARGIN;
    private static final float COL_DESCRIPTION = MARGIN + 26;
    private static final float DESCRIPTION_WIDTH = 212;
    private static final float COL_QUANTITY = 358;
    private static final float COL_UNIT_PRICE = 428;
    private static final float COL_DISCOUNT = 468;

    private final Path fontFile;

    public QuotePdf(Path fontFile) {
        this.fontFile = fontFile;
    }

    /** Whether the font the documents are drawn in is there (a machine without it cannot render them). */
    public boolean fontAvailable() {
        return Files.isReadable(fontFile);
    }

    public Path fontFile() {
        return fontFile;
    }

    public byte[] render(QuoteDocument document, Locale language) {
        if (!fontAvailable()) {
            throw new IllegalStateException("the documents' font " + fontFile + " is not installed"
                    + " (Debian: apt-get install fonts-wqy-zenhei)");
        }
        Labels words = Labels.of(language);
        try (PDDocument pdf = new PDDocument(); FontFile font = FontFile.open(fontFile)) {
            Sheet sheet = new Sheet(pdf, PDType0Font.load(pdf, font.ttf(), true), words);
            draw(document, sheet, words);
            sheet.finish(document.number() + " v" + document.version());
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(words.get("title") + " " + document.number() + " v" + document.version());
            info.setAuthor(document.seller());
            info.setCreator("Tenant CRM");
            info.setCreationDate(GregorianCalendar.from(document.issued().atStartOfDay(ZoneOffset.UTC)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not draw the PDF of " + document.number(), e);
        }
    }

    private static void draw(QuoteDocument d, Sheet s, Labels w) throws IOException {
        s.text(MARGIN, 18, d.seller());
        s.textRight(RIGHT, 18, w.get("title"));
        s.down(30);
        if (d.draft()) {
            s.text(MARGIN, 11, w.get("draft"));
            s.down(18);
        }
        float top = s.y;
        String[][] facts = {
                {w.get("number"), d.number()}, {w.get("version"), String.valueOf(d.version())},
                {w.get("date"), w.date(d.issued())}, {w.get("validUntil"), w.date(d.validUntil())},
                {w.get("currency"), d.currency()}};
        for (String[] fact : facts) {
            s.text(330, BODY, fact[0]);
            s.text(410, BODY, fact[1]);
            s.down(LEADING);
        }
        float afterFacts = s.y;
        s.y = top;
        s.text(MARGIN, BODY, w.get("buyer"));
        s.down(LEADING);
        for (String line : s.wrap(d.buyer() == null ? "" : d.buyer(), 250, 11)) {
            s.text(MARGIN, 11, line);
            s.down(15);
        }
        if (d.buyerCountry() != null) {
            s.text(MARGIN, BODY, w.country(d.buyerCountry().value()));
            s.down(LEADING);
        }
        s.y = Math.min(s.y, afterFacts) - 14;

        s.columnHeads();
        int n = 0;
        for (QuoteDocument.Line line : d.lines()) {
            n++;
            List<String> description = new ArrayList<>(s.wrap(line.description(), DESCRIPTION_WIDTH, BODY));
            if (line.sku() != null && !line.sku().isBlank()) {
                description.add(0, line.sku());
            }
            s.room(description.size() * LEADING + 4);
            s.text(COL_NO, BODY, String.valueOf(n));
            s.textRight(COL_QUANTITY, BODY, quantity(line.quantity(), w.locale()) + (line.unit() == null ? ""
                    : " " + line.unit()));
            s.textRight(COL_UNIT_PRICE, BODY, amount(line.unitPrice(), w.locale()));
            s.textRight(COL_DISCOUNT, BODY, line.discountPercent().signum() == 0 ? ""
                    : line.discountPercent().stripTrailingZeros().toPlainString() + "%");
            s.textRight(RIGHT, BODY, amount(line.net(), w.locale()));
            for (String part : description) {
                s.text(COL_DESCRIPTION, BODY, part);
                s.down(LEADING);
            }
            s.down(4);
        }
        s.room(4 * LEADING);
        s.rule();
        s.down(LEADING + 2);
        if (d.discount() != null && d.discount().amount().signum() != 0) {
            s.textRight(COL_DISCOUNT, BODY, w.get("listTotal"));
            s.textRight(RIGHT, BODY, amount(d.listTotal(), w.locale()));
            s.down(LEADING);
            s.textRight(COL_DISCOUNT, BODY, w.get("discount"));
            s.textRight(RIGHT, BODY, "-" + amount(d.discount(), w.locale()));
            s.down(LEADING);
        }
        s.textRight(COL_DISCOUNT, 11, w.get("total") + " (" + d.currency() + ")");
        s.textRight(RIGHT, 11, amount(d.total(), w.locale()));
        s.down(28);

        s.room(5 * LEADING);
        s.text(MARGIN, 11, w.get("terms"));
        s.down(16);
        String[][] terms = {{w.get("tradeTerms"), d.tradeTerms()}, {w.get("payment"), w.payment(d.paymentTerms())},
                {w.get("validUntil"), w.date(d.validUntil())}, {w.get("note"), d.note()}};
        for (String[] term : terms) {
            if (term[1] == null || term[1].isBlank()) {
                continue;
            }
            List<String> lines = s.wrap(term[1], RIGHT - 200, BODY);
            s.room(lines.size() * LEADING);
            s.text(MARGIN, BODY, term[0]);
            for (String line : lines) {
                s.text(200, BODY, line);
                s.down(LEADING);
            }
        }
    }

    /** In the currency's usual decimals (USD 2, JPY 0), more only where the price has them (USD 0.1250). */
    private static String amount(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        int usual = Math.max(0, money.currency().getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(usual);
        format.setMaximumFractionDigits(Math.max(usual, money.amount().stripTrailingZeros().scale()));
        return format.format(money.amount());
    }

    private static String quantity(BigDecimal quantity, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(quantity);
    }

    /** The page being drawn on, its cursor, and the pages before it (numbered when the document is finished). */
    private static final class Sheet {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final Labels words;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream content;
        private float y;
        private boolean inTable;

        Sheet(PDDocument pdf, PDType0Font font, Labels words) throws IOException {
            this.pdf = pdf;
            this.font = font;
            this.words = words;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = HEIGHT - MARGIN - 12;
            if (inTable) {
                columnHeads();
            }
        }

        /** Goes on to the next page unless {@code height} points still fit above the footer. */
        void room(float height) throws IOException {
            if (y - height < MARGIN + 24) {
                newPage();
            }
        }

        void down(float points) {
            y -= points;
        }

        void columnHeads() throws IOException {
            inTable = true;
            text(COL_NO, BODY, words.get("col.no"));
            text(COL_DESCRIPTION, BODY, words.get("col.description"));
            textRight(COL_QUANTITY, BODY, words.get("col.quantity"));
            textRight(COL_UNIT_PRICE, BODY, words.get("col.unitPrice"));
            textRight(COL_DISCOUNT, BODY, words.get("col.discount"));
            textRight(RIGHT, BODY, words.get("col.amount"));
            down(5);
            rule();
            down(LEADING);
        }

        void rule() throws IOException {
            content.setLineWidth(0.6f);
            content.moveTo(MARGIN, y);
            content.lineTo(RIGHT, y);
            content.stroke();
        }

        void text(float x, float size, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(drawable(text));
            content.endText();
        }

        void textRight(float right, float size, String text) throws IOException {
            text(right - width(text, size), size, text);
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(drawable(text)) / 1000 * size;
        }

        /** Words on lines no wider than {@code width}; Han text breaks between any two characters. */
        List<String> wrap(String text, float width, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : (text == null ? "" : text).split("\\R")) {
                StringBuilder line = new StringBuilder();
                for (String token : tokens(paragraph)) {
                    String tried = line + token;
                    if (line.length() > 0 && width(tried.stripTrailing(), size) > width) {
                        lines.add(line.toString().stripTrailing());
                        line = new StringBuilder(token.stripLeading());
                    } else {
                        line.append(token);
                    }
                }
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }

        /** Latin words with the space after them, and each Han character on its own. */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            text.codePoints().forEach(cp -> {
                boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
                if (han) {
                    if (word.length() > 0) {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                    tokens.add(new String(Character.toChars(cp)));
                } else {
                    word.appendCodePoint(cp);
                    if (cp == ' ') {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                }
            });
            if (word.length() > 0) {
                tokens.add(word.toString());
            }
            return tokens;
        }

        /** The text with every character the font cannot draw (and every control character) as "?". */
        private String drawable(String text) {
            StringBuilder out = new StringBuilder();
            (text == null ? "" : text).codePoints().forEach(cp -> {
                boolean ok = !Character.isISOControl(cp) && glyphs.computeIfAbsent(cp, this::hasGlyph);
                out.appendCodePoint(ok ? cp : '?');
            });
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        /** Closes the last page and numbers them all at the foot: "Q-2026-00001 v1 · Page 1 of 2". */
        void finish(String reference) throws IOException {
            content.close();
            int pages = pdf.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(pdf, pdf.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = drawable(reference + " · " + words.page(i + 1, pages));
                    foot.beginText();
                    foot.setFont(font, 8);
                    foot.newLineAtOffset(RIGHT - font.getStringWidth(text) / 1000 * 8, MARGIN - 14);
                    foot.showText(text);
                    foot.endText();
                }
            }
        }
    }

    /** The font file, a single TrueType font or the first of a collection (.ttc), open while the PDF is drawn. */
    private record FontFile(TrueTypeFont ttf, AutoCloseable owner) implements AutoCloseable {
        static FontFile open(Path file) throws IOException {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                return new FontFile(first[0], collection);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            return new FontFile(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
