package io.tenantcrm.core.quote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of a quote, as a buyer bargaining would read it: lines added and removed,
 * quantities, prices and discounts changed, terms changed, and the net amount before and after. Lines are matched
 * by their product (SKU), or by their description when they are free text.
 */
public record QuoteDiff(int from, int to, List<Difference> differences) {

    /** One change: what it is about ("line VLV-DN50", "terms.validUntil"), the field, before and after. */
    public record Difference(String about, String field, String before, String after) {
        @Override
        public String toString() {
            return about + (field.isEmpty() ? "" : " " + field) + ": " + (before == null ? "-" : before) + " → "
                    + (after == null ? "-" : after);
        }
    }

    public QuoteDiff {
        differences = List.copyOf(differences);
    }

    static QuoteDiff between(QuoteVersion a, QuoteVersion b, Currency currency) {
        List<Difference> found = new ArrayList<>();
        Map<String, QuoteLine> before = byKey(a.lines());
        Map<String, QuoteLine> after = byKey(b.lines());
        before.forEach((key, old) -> {
            QuoteLine now = after.get(key);
            String about = "line " + key;
            if (now == null) {
                found.add(new Difference(about, "", describe(old), null));
                return;
            }
            compare(found, about, "quantity", plain(old.quantity()), plain(now.quantity()));
            compare(found, about, "unitPrice", old.unitPrice().toString(), now.unitPrice().toString());
            compare(found, about, "discountPercent", plain(old.discountPercent()), plain(now.discountPercent()));
        });
        after.forEach((key, now) -> {
            if (!before.containsKey(key)) {
                found.add(new Difference("line " + key, "", null, describe(now)));
            }
        });
        QuoteTerms x = a.terms();
        QuoteTerms y = b.terms();
        compare(found, "terms", "tradeTerms", x.tradeTerms(), y.tradeTerms());
        compare(found, "terms", "paymentTerms", String.valueOf(x.paymentTerms()), String.valueOf(y.paymentTerms()));
        compare(found, "terms", "validUntil", String.valueOf(x.validUntil()), String.valueOf(y.validUntil()));
        compare(found, "terms", "note", x.note(), y.note());
        compare(found, "total", "net", a.totals(currency).net().toString(), b.totals(currency).net().toString());
        return new QuoteDiff(a.number(), b.number(), found);
    }

    private static Map<String, QuoteLine> byKey(List<QuoteLine> lines) {
        Map<String, QuoteLine> keyed = new LinkedHashMap<>();
        for (QuoteLine line : lines) {
            String key = line.sku() != null ? line.sku() : line.description();
            String unique = key;
            for (int n = 2; keyed.containsKey(unique); n++) {
                unique = key + " #" + n;
            }
            keyed.put(unique, line);
        }
        return keyed;
    }

    private static void compare(List<Difference> found, String about, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            found.add(new Difference(about, field, before, after));
        }
    }

    private static String describe(QuoteLine line) {
        return plain(line.quantity()) + " " + line.unit() + " " + line.description() + " at " + line.unitPrice()
                + (line.discountPercent().signum() == 0 ? "" : " less " + plain(line.discountPercent()) + "%");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
