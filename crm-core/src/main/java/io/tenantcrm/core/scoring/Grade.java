package io.tenantcrm.core.scoring;

/** A lead's grade from its score: A converts now, D is hardly a lead. */
public enum Grade {
    A, B, C, D
}
