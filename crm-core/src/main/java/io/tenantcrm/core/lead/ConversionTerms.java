package io.tenantcrm.core.lead;

import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.UserId;

/**
 * What the seller adds when a lead becomes business: the deal's title, what happens next, and optionally its
 * amount and owner (default: the lead's owner, else the seller converting it).
 */
public record ConversionTerms(String dealTitle, NextStep nextStep, Money amount, UserId dealOwner) {

    public static ConversionTerms of(String dealTitle, NextStep nextStep) {
        return new ConversionTerms(dealTitle, nextStep, null, null);
    }

    public ConversionTerms withAmount(Money value) {
        return new ConversionTerms(dealTitle, nextStep, value, dealOwner);
    }
}
