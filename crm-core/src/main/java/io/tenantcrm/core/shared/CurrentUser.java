package io.tenantcrm.core.shared;

/**
 * Inbound identity port: who is acting, and in which tenant. The reference service answers from the verified
 * token; an embedding application answers from its own session.
 */
public interface CurrentUser {

    TenantId tenant();

    UserId user();
}
