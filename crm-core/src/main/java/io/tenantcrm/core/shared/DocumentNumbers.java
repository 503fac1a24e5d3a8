package io.tenantcrm.core.shared;

/**
 * Outbound port: a tenant's gap-free sequences of document numbers, one per kind and year. The number taken
 * belongs to the running transaction: if it rolls back, the number is taken again by the next document, so a
 * year's quotes or orders never skip one (auditors and customers ask about a missing number).
 */
public interface DocumentNumbers {

    /** The kinds of document numbered, each with the prefix its numbers carry. */
    enum Kind {
        QUOTE("Q"), ORDER("SO");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** {@code SO-2026-00042}. */
        public String format(int year, long number) {
            return prefix + "-" + year + "-" + String.format(java.util.Locale.ROOT, "%05d", number);
        }
    }

    /** The next number of the kind in the year, from 1. */
    long next(TenantId tenant, Kind kind, int year);
}
