package io.tenantcrm.core.lead;

/** Whether the buyer will order again. */
public enum PurchaseFrequency {
    RECURRING,
    OCCASIONAL,
    ONE_OFF,
    UNKNOWN
}
