package io.tenantcrm.documents;

import io.tenantcrm.core.shared.PaymentTerms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a customer document in one language: English, or Simplified Chinese for any Chinese locale. Kept in
 * code, next to the layout that depends on their length, rather than in property files nobody else reads.
 */
final class Labels {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "Quotation"), Map.entry("draft", "DRAFT: not sent, not an offer"),
            Map.entry("number", "Quote no."), Map.entry("version", "Version"), Map.entry("date", "Date"),
            Map.entry("validUntil", "Valid until"), Map.entry("seller", "From"), Map.entry("buyer", "To"),
            Map.entry("currency", "Currency"), Map.entry("col.no", "#"), Map.entry("col.description", "Description"),
            Map.entry("col.quantity", "Quantity"), Map.entry("col.unitPrice", "Unit price"),
            Map.entry("col.discount", "Disc."), Map.entry("col.amount", "Amount"),
            Map.entry("listTotal", "Total at list prices"), Map.entry("discount", "Discount"),
            Map.entry("total", "Total"), Map.entry("terms", "Terms"),
            Map.entry("tradeTerms", "Delivery (Incoterms® 2020)"), Map.entry("payment", "Payment"),
            Map.entry("note", "Note"), Map.entry("page", "Page %d of %d"),
            Map.entry("pay.TT_IN_ADVANCE", "T/T in advance"),
            Map.entry("pay.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT", "T/T deposit, balance against copy of B/L"),
            Map.entry("pay.LETTER_OF_CREDIT", "Letter of credit (L/C)"),
            Map.entry("pay.DOCUMENTS_AGAINST_PAYMENT", "Documents against payment (D/P)"),
            Map.entry("pay.DOCUMENTS_AGAINST_ACCEPTANCE", "Documents against acceptance (D/A)"),
            Map.entry("pay.OPEN_ACCOUNT", "Open account (O/A)"),
            Map.entry("pay.CASH_IN_ADVANCE_ONLINE", "Paid in advance online"));

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("title", "报价单"), Map.entry("draft", "草稿：未发出，不构成报价"),
            Map.entry("number", "报价单号"), Map.entry("version", "版本"), Map.entry("date", "日期"),
            Map.entry("validUntil", "有效期至"), Map.entry("seller", "卖方"), Map.entry("buyer", "买方"),
            Map.entry("currency", "币种"), Map.entry("col.no", "序号"), Map.entry("col.description", "品名及描述"),
            Map.entry("col.quantity", "数量"), Map.entry("col.unitPrice", "单价"), Map.entry("col.discount", "折扣"),
            Map.entry("col.amount", "金额"), Map.entry("listTotal", "按标价合计"), Map.entry("discount", "折扣"),
            Map.entry("total", "总计"), Map.entry("terms", "条款"),
            Map.entry("tradeTerms", "贸易术语（Incoterms® 2020）"), Map.entry("payment", "付款方式"),
            Map.entry("note", "备注"), Map.entry("page", "第 %d 页，共 %d 页"),
            Map.entry("pay.TT_IN_ADVANCE", "电汇全款预付"),
            Map.entry("pay.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT", "电汇定金，余款凭提单副本支付"),
            Map.entry("pay.LETTER_OF_CREDIT", "信用证（L/C）"),
            Map.entry("pay.DOCUMENTS_AGAINST_PAYMENT", "付款交单（D/P）"),
            Map.entry("pay.DOCUMENTS_AGAINST_ACCEPTANCE", "承兑交单（D/A）"),
            Map.entry("pay.OPEN_ACCOUNT", "赊销（O/A）"),
            Map.entry("pay.CASH_IN_ADVANCE_ONLINE", "在线预付"));

    private final Locale locale;
    private final Map<String, String> words;

    private Labels(Locale locale, Map<String, String> words) {
        this.locale = locale;
        this.words = words;
    }

    /** Chinese for any Chinese locale, English for every other. */
    static Labels of(Locale language) {
        return language != null && language.getLanguage().equals("zh")
                ? new Labels(Locale.SIMPLIFIED_CHINESE, ZH) : new Labels(Locale.UK, EN);
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        return words.get(key);
    }

    String payment(PaymentTerms terms) {
        return terms == null ? "" : words.get("pay." + terms.name());
    }

    String date(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    String country(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    String page(int page, int pages) {
        return String.format(locale, words.get("page"), page, pages);
    }
}
