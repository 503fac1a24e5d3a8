package io.tenantcrm.core.quote;

import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The terms a quote version offers: the Incoterm and its named place ("FOB Ningbo"), how the buyer pays, until
 * when the offer stands, and a free note (delivery time, packing). The validity date is a date in the seller's
 * calendar: the offer stands through that day.
 */
public record QuoteTerms(Incoterm incoterm, String place, PaymentTerms paymentTerms, LocalDate validUntil,
                         String note) {

    public static final TextLimit NOTE = new TextLimit(2000);

    public QuoteTerms {
        List<Violation> problems = new ArrayList<>();
        try {
            place = TextLimit.LINE.check("place", place);
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
        }
        try {
            note = NOTE.check("note", note);
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
        }
        if (validUntil == null) {
            problems.add(Violation.required("validUntil", "until when does the offer stand?"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
    }

    /** "FOB Ningbo", "EXW", or empty. */
    public String tradeTerms() {
        return incoterm == null ? "" : place == null ? incoterm.name() : incoterm.name() + " " + place;
    }

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(validUntil);
    }
}
