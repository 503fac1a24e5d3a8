package io.tenantcrm.core.merge;

/** Which record's value a merged field keeps. */
public enum Survivorship {
    /** The value entered last (from the audit trail; a field never changed dates from its record's creation). */
    NEWEST_NON_EMPTY,
    /** The value that says more: the longer text, or any value over none; the survivor's on a tie. */
    MOST_COMPLETE,
    /** Chosen by the user: the survivor's value, even when empty. */
    SURVIVOR,
    /** Chosen by the user: the merged record's value, even when empty. */
    MERGED
}
