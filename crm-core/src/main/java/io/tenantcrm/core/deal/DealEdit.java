package io.tenantcrm.core.deal;

import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;

import java.time.LocalDate;

/**
 * Field edits to a deal; a null leaves the field as it is. {@code probabilityOverride} replaces the stage's win
 * probability for this deal in the forecast. {@code reason} is required when the deal is already won or lost,
 * because that edits history.
 */
public record DealEdit(String title, ContactId primaryContact, Money amount, LocalDate expectedClose,
                       String productInterest, Incoterm tradeTerms, PaymentTerms paymentTerms,
                       Integer probabilityOverride, String reason) {

    public static DealEdit none() {
        return new DealEdit(null, null, null, null, null, null, null, null, null);
    }

    public DealEdit amount(Money value) {
        return new DealEdit(title, primaryContact, value, expectedClose, productInterest, tradeTerms, paymentTerms,
                probabilityOverride, reason);
    }

    public DealEdit expectedClose(LocalDate value) {
        return new DealEdit(title, primaryContact, amount, value, productInterest, tradeTerms, paymentTerms,
                probabilityOverride, reason);
    }

    public DealEdit productInterest(String value) {
        return new DealEdit(title, primaryContact, amount, expectedClose, value, tradeTerms, paymentTerms,
                probabilityOverride, reason);
    }

    public DealEdit terms(Incoterm trade, PaymentTerms payment) {
        return new DealEdit(title, primaryContact, amount, expectedClose, productInterest, trade, payment,
                probabilityOverride, reason);
    }

    public DealEdit primaryContact(ContactId value) {
        return new DealEdit(title, value, amount, expectedClose, productInterest, tradeTerms, paymentTerms,
                probabilityOverride, reason);
    }

    public DealEdit probabilityOverride(Integer percent) {
        return new DealEdit(title, primaryContact, amount, expectedClose, productInterest, tradeTerms, paymentTerms,
                percent, reason);
    }

    public DealEdit because(String why) {
        return new DealEdit(title, primaryContact, amount, expectedClose, productInterest, tradeTerms, paymentTerms,
                probabilityOverride, why);
    }
}
