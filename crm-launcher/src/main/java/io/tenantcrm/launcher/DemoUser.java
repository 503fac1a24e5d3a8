package io.tenantcrm.launcher;

import io.tenantcrm.core.tenant.CrmRole;

/** A seeded user of a local tenant, with the password to sign in with. */
public record DemoUser(String email, String password, CrmRole role) {
}
