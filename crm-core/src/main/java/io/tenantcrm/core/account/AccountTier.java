package io.tenantcrm.core.account;

/** How much an account matters: A accounts get the most attention (process health counts touches on them). */
public enum AccountTier {
    A, B, C
}
