package io.tenantcrm.core.pipeline;

/**
 * Tiered fields: a required field blocks the change until it is filled; a suggested one is pointed out but never
 * blocks; an optional one is left alone. Keep the required set small: every required field costs a seller time.
 */
public enum FieldRequirement {
    REQUIRED,
    SUGGESTED,
    OPTIONAL
}
