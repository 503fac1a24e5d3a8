package io.tenantcrm.core.lead;

/** How far the buyer is: running mass production with another supplier is closest to an order. */
public enum BuyingStage {
    MASS_PRODUCTION,
    SAMPLING,
    COMPARING_SUPPLIERS,
    RESEARCHING,
    UNKNOWN
}
