package io.tenantcrm.persistence.quote;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tenantcrm.core.approval.Approval;
import io.tenantcrm.core.approval.ApprovalRule;
import io.tenantcrm.core.approval.ApprovalStep;
import io.tenantcrm.core.approval.Approver;
import io.tenantcrm.core.payment.Instalment;
import io.tenantcrm.core.payment.PaymentMethod;
import io.tenantcrm.core.payment.PaymentPlan;
import io.tenantcrm.core.payment.Receipt;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.ProductPrice;
import io.tenantcrm.core.quote.QuoteLine;
import io.tenantcrm.core.quote.QuoteTerms;
import io.tenantcrm.core.quote.QuoteVersion;
import io.tenantcrm.core.quote.VersionStatus;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.persistence.mapping.JsonText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON documents the chain's nested values are kept as: product prices, quote versions (lines, terms,
 * approval), an order's lines, terms and payments. Written from plain records of strings and decimals, never from
 * the domain types themselves, so a domain refactoring cannot silently change what is stored; amounts are decimal
 * strings in the document's currency, times ISO-8601.
 */
public final class ChainDocuments {

    private ChainDocuments() {
    }

    record PriceDoc(String currency, String list, String floor, String unitCost) {
    }

    record LineDoc(String product, String sku, String description, String quantity, String unit, String unitPrice,
                   String discountPercent, String unitCost, String floorPrice) {
    }

    record TermsDoc(String incoterm, String place, String paymentTerms, String validUntil, String note) {
    }

    record TriggerDoc(String code, String reason) {
    }

    record DecisionDoc(boolean approved, String by, String at, String reason) {
    }

    /** {@code approver}: "owners-manager", "role:tenant-admin" or "person:<user id>". */
    record StepDoc(int level, String name, List<TriggerDoc> reasons, String approver, List<String> approvers,
                   String waitingSince, int escalations, DecisionDoc decision) {
    }

    record VersionDoc(int number, List<LineDoc> lines, TermsDoc terms, String status, String madeBy, String madeAt,
                      List<StepDoc> approval, String sentAt) {
    }

    record InstalmentDoc(String label, String amount, String due, String paid, String collectionOpenedOn) {
    }

    record ReceiptDoc(String id, String amount, String receivedOn, String method, String reference,
                      String recordedBy, String recordedAt) {
    }

    record PaymentsDoc(List<InstalmentDoc> instalments, List<ReceiptDoc> receipts) {
    }

    // --- product prices

    public static String prices(Collection<ProductPrice> prices) {
        return write(prices.stream().map(p -> new PriceDoc(p.currency().getCurrencyCode(), p.list().amount()
                .toPlainString(), plain(p.floor()), plain(p.unitCost()))).toList());
    }

    public static List<ProductPrice> prices(String json) {
        return read(json, new TypeReference<List<PriceDoc>>() { }).stream().map(p -> new ProductPrice(
                Money.of(p.list(), p.currency()), money(p.floor(), p.currency()), money(p.unitCost(), p.currency())))
                .toList();
    }

    // --- quote versions

    public static String versions(List<QuoteVersion> versions) {
        return write(versions.stream().map(v -> new VersionDoc(v.number(), lineDocs(v.lines()), termsDoc(v.terms()),
                v.status().name(), v.madeBy().value(), v.madeAt().toString(),
                v.approval() == null ? null : v.approval().steps().stream().map(ChainDocuments::stepDoc).toList(),
                v.sentAt() == null ? null : v.sentAt().toString())).toList());
    }

    public static List<QuoteVersion> versions(String json, Currency currency) {
        return read(json, new TypeReference<List<VersionDoc>>() { }).stream().map(v -> new QuoteVersion(v.number(),
                lines(v.lines(), currency), terms(v.terms()), VersionStatus.valueOf(v.status()), UserId.of(v.madeBy()),
                Instant.parse(v.madeAt()), v.approval() == null ? null
                : new Approval(v.approval().stream().map(ChainDocuments::step).toList()),
                v.sentAt() == null ? null : Instant.parse(v.sentAt()))).toList();
    }

    /** The user ids the waiting step is assigned to, as a JSON array, for the approvers' queue. */
    public static String waitingFor(Set<UserId> people) {
        return write(people.stream().map(UserId::value).sorted().toList());
    }

    // --- order lines, terms, payments

    public static String lines(List<QuoteLine> lines) {
        return write(lineDocs(lines));
    }

    public static List<QuoteLine> lines(String json, Currency currency) {
        return lines(read(json, new TypeReference<List<LineDoc>>() { }), currency);
    }

    public static String terms(QuoteTerms terms) {
        return write(termsDoc(terms));
    }

    public static QuoteTerms terms(String json) {
        return terms(read(json, new TypeReference<TermsDoc>() { }));
    }

    public static String payments(PaymentPlan plan) {
        return write(new PaymentsDoc(plan.instalments().stream().map(i -> new InstalmentDoc(i.label(),
                i.amount().amount().toPlainString(), i.due().toString(), i.paid().amount().toPlainString(),
                i.collectionOpenedOn() == null ? null : i.collectionOpenedOn().toString())).toList(),
                plan.receipts().stream().map(r -> new ReceiptDoc(r.id().toString(), r.amount().amount().toPlainString(),
                        r.receivedOn().toString(), r.method().name(), r.reference(), r.recordedBy().value(),
                        r.recordedAt().toString())).toList()));
    }

    public static PaymentPlan payments(String json, Currency currency) {
        PaymentsDoc doc = read(json, new TypeReference<PaymentsDoc>() { });
        String code = currency.getCurrencyCode();
        return new PaymentPlan(doc.instalments().stream().map(i -> new Instalment(i.label(), Money.of(i.amount(), code),
                LocalDate.parse(i.due()), Money.of(i.paid(), code), i.collectionOpenedOn() == null ? null
                : LocalDate.parse(i.collectionOpenedOn()))).toList(),
                doc.receipts().stream().map(r -> new Receipt(UUID.fromString(r.id()), Money.of(r.amount(), code),
                        LocalDate.parse(r.receivedOn()), PaymentMethod.valueOf(r.method()), r.reference(),
                        UserId.of(r.recordedBy()), Instant.parse(r.recordedAt()))).toList());
    }

    // --- the parts

    private static List<LineDoc> lineDocs(List<QuoteLine> lines) {
        return lines.stream().map(l -> new LineDoc(l.product() == null ? null : l.product().toString(), l.sku(),
                l.description(), l.quantity().toPlainString(), l.unit(), l.unitPrice().amount().toPlainString(),
                l.discountPercent().toPlainString(), plain(l.unitCost()), plain(l.floorPrice()))).toList();
    }

    private static List<QuoteLine> lines(List<LineDoc> docs, Currency currency) {
        String code = currency.getCurrencyCode();
        return docs.stream().map(l -> new QuoteLine(l.product() == null ? null
                : new ProductId(UUID.fromString(l.product())), l.sku(), l.description(), new BigDecimal(l.quantity()),
                l.unit(), Money.of(l.unitPrice(), code), new BigDecimal(l.discountPercent()), money(l.unitCost(), code),
                money(l.floorPrice(), code))).toList();
    }

    private static TermsDoc termsDoc(QuoteTerms t) {
        return new TermsDoc(t.incoterm() == null ? null : t.incoterm().name(), t.place(),
                t.paymentTerms() == null ? null : t.paymentTerms().name(), t.validUntil().toString(), t.note());
    }

    private static QuoteTerms terms(TermsDoc t) {
        return new QuoteTerms(t.incoterm() == null ? null : Incoterm.valueOf(t.incoterm()), t.place(),
                t.paymentTerms() == null ? null : PaymentTerms.valueOf(t.paymentTerms()),
                LocalDate.parse(t.validUntil()), t.note());
    }

    private static StepDoc stepDoc(ApprovalStep s) {
        return new StepDoc(s.level(), s.name(), s.reasons().stream().map(r -> new TriggerDoc(r.code(), r.reason()))
                .toList(), approver(s.approver()), s.approvers().stream().map(UserId::value).sorted().toList(),
                s.waitingSince() == null ? null : s.waitingSince().toString(), s.escalations(),
                s.decision() == null ? null : new DecisionDoc(s.decision().approved(), s.decision().by().value(),
                        s.decision().at().toString(), s.decision().reason()));
    }

    private static ApprovalStep step(StepDoc s) {
        return new ApprovalStep(s.level(), s.name(), s.reasons().stream()
                .map(r -> new ApprovalRule.Trigger(r.code(), r.reason())).toList(), approver(s.approver()),
                s.approvers().stream().map(UserId::of).collect(java.util.stream.Collectors.toSet()),
                s.waitingSince() == null ? null : Instant.parse(s.waitingSince()), s.escalations(),
                s.decision() == null ? null : new ApprovalStep.Decision(s.decision().approved(),
                        UserId.of(s.decision().by()), Instant.parse(s.decision().at()), s.decision().reason()));
    }

    private static String approver(Approver approver) {
        if (approver instanceof Approver.WithRole role) {
            return "role:" + role.role().roleName();
        }
        if (approver instanceof Approver.Person person) {
            return "person:" + person.user().value();
        }
        return "owners-manager";
    }

    private static Approver approver(String text) {
        if (text.startsWith("role:")) {
            return new Approver.WithRole(CrmRole.fromRoleName(text.substring(5)).orElseThrow());
        }
        if (text.startsWith("person:")) {
            return new Approver.Person(UserId.of(text.substring(7)));
        }
        return new Approver.OwnersManager();
    }

    private static String plain(Money money) {
        return money == null ? null : money.amount().toPlainString();
    }

    private static Money money(String amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }

    private static String write(Object value) {
        return JsonText.write(value);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        return JsonText.read(json, type, "a quote or order document");
    }
}
