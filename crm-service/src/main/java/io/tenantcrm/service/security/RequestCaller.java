package io.tenantcrm.service.security;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IntakeKey;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * crm-core's {@link CurrentUser} for the current request: the intake key it was admitted with, else the verified
 * token's user and tenant (read only when asked: an intake request has no token).
 */
@RequestScoped
public class RequestCaller implements CurrentUser {

    @Inject
    Instance<CallerContext> caller;

    @Inject
    IntakeCaller intake;

    /** Built once per request: each {@code Instance.get()} would build it again from the token's claims. */
    private CallerContext known;

    @Override
    public TenantId tenant() {
        return intake.key().map(IntakeKey::tenant).orElseGet(() -> caller().tenant());
    }

    @Override
    public UserId user() {
        return intake.key().map(IntakeKey::actor).orElseGet(() -> caller().user());
    }

    private CallerContext caller() {
        if (known == null) {
            known = caller.get();
        }
        return known;
    }
}
