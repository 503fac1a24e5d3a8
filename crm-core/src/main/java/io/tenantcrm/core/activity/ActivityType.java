package io.tenantcrm.core.activity;

/** What happened with the customer. */
public enum ActivityType {
    CALL,
    EMAIL,
    MEETING,
    /** An internal note: recorded, but not a touch of the customer. */
    NOTE,
    QUOTE_SENT,
    SAMPLE_SHIPPED,
    PAYMENT_TERMS_CONFIRMED,
    /** The customer ordered: logged by the service when an order is placed from a quote. */
    ORDER_PLACED,
    PAYMENT_RECEIVED;

    /** Whether the customer was actually in touch (a note is not). */
    public boolean touchesCustomer() {
        return this != NOTE;
    }
}
