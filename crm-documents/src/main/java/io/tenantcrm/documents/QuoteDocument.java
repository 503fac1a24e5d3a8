package io.tenantcrm.documents;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteLine;
import io.tenantcrm.core.quote.QuoteTotals;
import io.tenantcrm.core.quote.QuoteVersion;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the customer's copy of a quote version says, and nothing the customer must not see: no unit cost, no margin,
 * no floor price, no approval. Dated the day the version was sent (or made, for a draft printed for review).
 */
public record QuoteDocument(String seller, String buyer, CountryCode buyerCountry, String number, int version,
                            LocalDate issued, LocalDate validUntil, String currency, List<Line> lines, Money listTotal,
                            Money discount, Money total, String tradeTerms, PaymentTerms paymentTerms, String note,
                            boolean draft) {

    /** One line as the customer reads it. */
    public record Line(String sku, String description, BigDecimal quantity, String unit, Money unitPrice,
                       BigDecimal discountPercent, Money net) {
    }

    public QuoteDocument {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(validUntil, "validUntil");
        lines = List.copyOf(lines);
    }

    /** The document of one version; {@code zone} is the tenant's, in which the day it was sent is counted. */
    public static QuoteDocument of(Quote quote, QuoteVersion version, String seller, Account buyer, ZoneId zone) {
        QuoteTotals totals = version.totals(quote.currency());
        boolean sent = version.sentAt() != null;
        LocalDate issued = LocalDate.ofInstant(sent ? version.sentAt() : version.madeAt(), zone);
        List<Line> lines = version.lines().stream().map(QuoteDocument::line).toList();
        return new QuoteDocument(seller, buyer == null ? null : buyer.name(), buyer == null ? null : buyer.country(),
                quote.number(), version.number(), issued, version.terms().validUntil(),
                quote.currency().getCurrencyCode(), lines, totals.list(), totals.discount(), totals.net(),
                version.terms().tradeTerms(), version.terms().paymentTerms(), version.terms().note(), !sent);
    }

    private static Line line(QuoteLine line) {
        return new Line(line.sku(), line.description(), line.quantity(), line.unit(), line.unitPrice(),
                line.discountPercent(), line.netAmount());
    }
}
