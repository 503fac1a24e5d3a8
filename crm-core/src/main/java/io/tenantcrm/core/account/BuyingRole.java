package io.tenantcrm.core.account;

/** A contact's part in the buying decision. */
public enum BuyingRole {
    PURCHASING,
    ENGINEERING,
    QUALITY,
    FINANCE,
    OWNER,
    OTHER
}
