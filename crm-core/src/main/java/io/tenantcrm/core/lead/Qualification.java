package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.TextLimit;

/**
 * What the seller learned about an inquiry: the inputs of the lead score. Anything not learned yet is UNKNOWN
 * (or null for terms and product line), which scores nothing but never blocks.
 */
public record Qualification(NeedClarity needClarity, BuyingStage buyingStage, VolumeBand volume,
                            PurchaseFrequency frequency, PaymentTerms requestedPaymentTerms,
                            Incoterm requestedTradeTerms, CompanyType companyType, String productLine) {

    public Qualification {
        needClarity = needClarity == null ? NeedClarity.UNKNOWN : needClarity;
        buyingStage = buyingStage == null ? BuyingStage.UNKNOWN : buyingStage;
        volume = volume == null ? VolumeBand.UNKNOWN : volume;
        frequency = frequency == null ? PurchaseFrequency.UNKNOWN : frequency;
        companyType = companyType == null ? CompanyType.UNKNOWN : companyType;
        productLine = TextLimit.LINE.check("productLine", productLine);
    }

    /** Nothing learned yet. */
    public static Qualification unknown() {
        return new Qualification(null, null, null, null, null, null, null, null);
    }
}
