package io.tenantcrm.core.lead;

/** What kind of business is asking. */
public enum CompanyType {
    MANUFACTURER,
    DISTRIBUTOR,
    TRADER,
    END_USER,
    UNKNOWN
}
