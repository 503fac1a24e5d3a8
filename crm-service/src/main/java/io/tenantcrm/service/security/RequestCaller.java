package io.tenantcrm.service.security;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** crm-core's {@link CurrentUser}, answered from the verified token of the current request. */
@RequestScoped
public class RequestCaller implements CurrentUser {

    @Inject
    CallerContext caller;

    @Override
    public TenantId tenant() {
        return caller.tenant();
    }

    @Override
    public UserId user() {
        return caller.user();
    }
}
