package io.tenantcrm.core.lead;

/** How clearly the buyer said what they need: drawings and specs beat a bare price request. */
public enum NeedClarity {
    SPECS_OR_DRAWINGS,
    DETAILED_REQUIREMENTS,
    GENERAL_INTEREST,
    PRICE_ONLY,
    UNKNOWN
}
