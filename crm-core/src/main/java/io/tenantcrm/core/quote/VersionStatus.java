package io.tenantcrm.core.quote;

/** Where one version of a quote stands. Every status but {@link #DRAFT} is frozen: a change makes a new version. */
public enum VersionStatus {
    /** Being written; may change in place. */
    DRAFT,
    /** Waits for the approval its policy asks for. */
    IN_APPROVAL,
    /** Approved (or needing no approval), ready to send. */
    APPROVED,
    /** An approver said no, with a reason. */
    REJECTED,
    /** Sent to the customer; never changes again. */
    SENT,
    /** The customer took it: an order can be made from it. */
    ACCEPTED,
    /** Replaced by a later version before it was sent. */
    SUPERSEDED
}
