package io.tenantcrm.core.lead;

/** The size of the business on offer, in the tenant's own bands (a tenant says what "large" means to it). */
public enum VolumeBand {
    LARGE,
    MEDIUM,
    SMALL,
    UNKNOWN
}
