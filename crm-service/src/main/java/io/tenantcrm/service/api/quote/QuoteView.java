package io.tenantcrm.service.api.quote;

import io.tenantcrm.core.approval.ApprovalStep;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteLine;
import io.tenantcrm.core.quote.QuoteTotals;
import io.tenantcrm.core.quote.QuoteVersion;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.service.api.Json.MoneyJson;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A quote with every version: lines with their net and margin, terms, totals, the approval and why it was asked.
 * {@code recordVersion} is the record's version, the one its ETag carries (If-Match for a change); the numbered
 * versions of the quote itself are in {@code versions}.
 */
public record QuoteView(String id, long recordVersion, String number, String dealId, String owner, String currency,
                        String status, Integer acceptedVersion, List<VersionView> versions) {

    /** Quantities and percentages as plain decimal text ("40", "12.5"), as the requests give them. */
    public record LineView(String productId, String sku, String description, String quantity, String unit,
                           MoneyJson unitPrice, String discountPercent, MoneyJson net, MoneyJson margin,
                           String marginPercent, boolean underFloor) {
    }

    public record TermsView(String incoterm, String place, String paymentTerms, LocalDate validUntil, String note) {
    }

    public record TotalsView(MoneyJson list, MoneyJson discount, MoneyJson net, MoneyJson cost, MoneyJson margin,
                             String marginPercent, String discountPercent, String largestDiscount,
                             List<Integer> linesUnderFloor, List<Integer> linesWithoutCost) {
    }

    public record ReasonView(String code, String reason) {
    }

    public record StepView(String name, List<ReasonView> reasons, List<String> approvers, Instant waitingSince,
                           int escalations, String decision, String decidedBy, Instant decidedAt, String reason) {
    }

    public record VersionView(int number, String status, List<LineView> lines, TermsView terms, TotalsView totals,
                              List<StepView> approval, String madeBy, Instant madeAt, Instant sentAt) {
    }

    public static QuoteView of(Quote quote) {
        return new QuoteView(quote.id().toString(), quote.version(), quote.number(), quote.deal().toString(), quote.owner().value(),
                quote.currency().getCurrencyCode(), name(quote.latest().status()),
                quote.accepted().map(QuoteVersion::number).orElse(null),
                quote.versions().stream().map(v -> version(v, quote)).toList());
    }

    private static VersionView version(QuoteVersion v, Quote quote) {
        QuoteTotals t = v.totals(quote.currency());
        return new VersionView(v.number(), name(v.status()), v.lines().stream().map(QuoteView::line).toList(),
                new TermsView(v.terms().incoterm() == null ? null : v.terms().incoterm().name(), v.terms().place(),
                        v.terms().paymentTerms() == null ? null : v.terms().paymentTerms().name(),
                        v.terms().validUntil(), v.terms().note()),
                new TotalsView(MoneyJson.of(t.list()), MoneyJson.of(t.discount()), MoneyJson.of(t.net()),
                        MoneyJson.of(t.cost()), MoneyJson.of(t.margin()), plain(t.marginPercent()),
                        plain(t.discountPercent()), plain(t.largestDiscount()), t.linesUnderFloor(), t.linesWithoutCost()),
                v.approval() == null ? List.of() : v.approval().steps().stream().map(QuoteView::step).toList(),
                v.madeBy().value(), v.madeAt(), v.sentAt());
    }

    public static LineView line(QuoteLine l) {
        return new LineView(l.product() == null ? null : l.product().toString(), l.sku(), l.description(),
                plain(l.quantity()), l.unit(), MoneyJson.of(l.unitPrice()), plain(l.discountPercent()),
                MoneyJson.of(l.netAmount()), l.margin().map(MoneyJson::of).orElse(null),
                plain(l.marginPercent().orElse(null)), l.underFloor());
    }

    private static StepView step(ApprovalStep s) {
        return new StepView(s.name(), s.reasons().stream().map(r -> new ReasonView(r.code(), r.reason())).toList(),
                s.approvers().stream().map(UserId::value).sorted().toList(), s.waitingSince(), s.escalations(),
                s.decision() == null ? null : s.decision().approved() ? "approved" : "rejected",
                s.decision() == null ? null : s.decision().by().value(),
                s.decision() == null ? null : s.decision().at(), s.decision() == null ? null : s.decision().reason());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String name(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
