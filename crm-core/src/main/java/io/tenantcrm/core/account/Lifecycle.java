package io.tenantcrm.core.account;

/** Where a customer company stands with us. */
public enum Lifecycle {
    PROSPECT,
    ACTIVE,
    WON,
    REPEAT,
    DORMANT,
    CHURNED
}
