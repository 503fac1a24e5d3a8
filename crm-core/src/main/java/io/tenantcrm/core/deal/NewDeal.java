package io.tenantcrm.core.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.UserId;

import java.time.LocalDate;

/**
 * What a seller gives to open a deal. Only title, account, owner and the next step are always needed; the rest
 * may stay null until the stage asks for it. {@code stage} null means the pipeline's first stage.
 */
public record NewDeal(String title, AccountId account, UserId owner, NextStep nextStep, StageId stage,
                      ContactId primaryContact, Money amount, LocalDate expectedClose, String productInterest,
                      Incoterm tradeTerms, PaymentTerms paymentTerms, SourceChannel source, CountryCode country) {

    /** The minimum: a title, the customer, the owner and what happens next. */
    public static NewDeal of(String title, AccountId account, UserId owner, NextStep nextStep) {
        return new NewDeal(title, account, owner, nextStep, null, null, null, null, null, null, null, null, null);
    }

    public NewDeal withAmount(Money value) {
        return new NewDeal(title, account, owner, nextStep, stage, primaryContact, value, expectedClose,
                productInterest, tradeTerms, paymentTerms, source, country);
    }

    public NewDeal withExpectedClose(LocalDate value) {
        return new NewDeal(title, account, owner, nextStep, stage, primaryContact, amount, value, productInterest,
                tradeTerms, paymentTerms, source, country);
    }

    public NewDeal withContact(ContactId value) {
        return new NewDeal(title, account, owner, nextStep, stage, value, amount, expectedClose, productInterest,
                tradeTerms, paymentTerms, source, country);
    }

    public NewDeal withProductInterest(String value) {
        return new NewDeal(title, account, owner, nextStep, stage, primaryContact, amount, expectedClose, value,
                tradeTerms, paymentTerms, source, country);
    }

    public NewDeal withOrigin(SourceChannel channel, CountryCode countryCode) {
        return new NewDeal(title, account, owner, nextStep, stage, primaryContact, amount, expectedClose,
                productInterest, tradeTerms, paymentTerms, channel, countryCode);
    }

    public NewDeal inStage(StageId value) {
        return new NewDeal(title, account, owner, nextStep, value, primaryContact, amount, expectedClose,
                productInterest, tradeTerms, paymentTerms, source, country);
    }
}
