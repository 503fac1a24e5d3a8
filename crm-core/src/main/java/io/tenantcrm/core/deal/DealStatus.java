package io.tenantcrm.core.deal;

/** Where a deal stands, following the kind of its stage. */
public enum DealStatus {
    OPEN,
    WON,
    LOST
}
