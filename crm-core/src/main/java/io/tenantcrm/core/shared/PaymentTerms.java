package io.tenantcrm.core.shared;

/** How the buyer pays, as export sellers agree it. */
public enum PaymentTerms {
    /** Telegraphic transfer in advance, in full. */
    TT_IN_ADVANCE,
    /** Deposit by telegraphic transfer, balance against the bill of lading copy. */
    TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT,
    LETTER_OF_CREDIT,
    DOCUMENTS_AGAINST_PAYMENT,
    DOCUMENTS_AGAINST_ACCEPTANCE,
    OPEN_ACCOUNT,
    CASH_IN_ADVANCE_ONLINE
}
