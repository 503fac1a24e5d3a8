package io.tenantcrm.core.pipeline;

/** The fields of a deal that a stage can require or suggest before the deal enters it. */
public enum DealField {
    AMOUNT("amount"),
    EXPECTED_CLOSE("expectedClose"),
    PRIMARY_CONTACT("primaryContact"),
    PRODUCT_INTEREST("productInterest"),
    TRADE_TERMS("tradeTerms"),
    PAYMENT_TERMS("paymentTerms");

    private final String fieldName;

    DealField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name used in violations and in the API ({@code expectedClose}). */
    public String fieldName() {
        return fieldName;
    }
}
