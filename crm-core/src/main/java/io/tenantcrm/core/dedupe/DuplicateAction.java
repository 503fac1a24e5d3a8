package io.tenantcrm.core.dedupe;

/** What is done when a record arriving is surely a customer the tenant already has. */
public enum DuplicateAction {
    /** Refuse it, naming the record it duplicates: nothing is written. */
    BLOCK,
    /** Take it, and say which records it may duplicate. */
    WARN,
    /** Take it without looking. */
    ALLOW
}
