package io.tenantcrm.service.api.quote;

import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.quote.QuoteTerms;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.service.api.Inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The JSON a quote is written with; numbers as text (never floats), each refusal naming its field. */
public final class QuoteRequests {

    private QuoteRequests() {
    }

    /** A line: a catalogue product (its list price unless {@code unitPrice}) or free text with its own price. */
    public record LineRequest(String productId, String description, String quantity, String unit, String unitPrice,
                              String discountPercent) {
    }

    public record TermsRequest(String incoterm, String place, String paymentTerms, String validUntil, String note) {
    }

    public record QuoteRequest(String currency, List<LineRequest> lines, TermsRequest terms) {
    }

    public record DecisionRequest(Boolean approve, String reason) {
    }

    public record AcceptRequest(Integer version) {
    }

    static List<Quoting.LineDraft> lines(List<LineRequest> lines) {
        List<Quoting.LineDraft> drafts = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < (lines == null ? 0 : lines.size()); i++) {
            LineRequest line = lines.get(i);
            String at = "lines[" + i + "].";
            try {
                ProductId product = null;
                if (line.productId() != null) {
                    try {
                        product = new ProductId(UUID.fromString(line.productId()));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidValueException(at + "productId", "is not a product id", "unknown");
                    }
                }
                drafts.add(new Quoting.LineDraft(product, line.description(), number(line.quantity(),
                        at + "quantity"), line.unit(), number(line.unitPrice(), at + "unitPrice"),
                        number(line.discountPercent(), at + "discountPercent")));
            } catch (InvalidValueException e) {
                problems.add(e.violation());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return drafts;
    }

    static QuoteTerms terms(TermsRequest terms) {
        if (terms == null) {
            throw new RuleViolationException(List.of(Violation.required("terms", "give the terms: validUntil at least")));
        }
        LocalDate validUntil;
        try {
            validUntil = terms.validUntil() == null ? null : LocalDate.parse(terms.validUntil());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("terms.validUntil", "must be a date such as 2026-12-31");
        }
        try {
            return new QuoteTerms(Inputs.optional(Incoterm.class, terms.incoterm(), "terms.incoterm"), terms.place(),
                    Inputs.optional(PaymentTerms.class, terms.paymentTerms(), "terms.paymentTerms"), validUntil,
                    terms.note());
        } catch (RuleViolationException e) {
            throw e.under("terms");
        }
    }

    private static BigDecimal number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "'" + text + "' is not a decimal number");
        }
    }
}
