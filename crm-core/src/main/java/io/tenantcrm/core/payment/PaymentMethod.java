package io.tenantcrm.core.payment;

/** How a receipt came in, as export sellers are paid. */
public enum PaymentMethod {
    BANK_TRANSFER, LETTER_OF_CREDIT, DOCUMENTARY_COLLECTION, CARD, CASH, OTHER
}
