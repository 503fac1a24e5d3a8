package io.tenantcrm.core.shared;

/**
 * The record does not exist in the acting tenant. Another tenant's record is reported exactly like a missing one,
 * so ids never leak across tenants.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
