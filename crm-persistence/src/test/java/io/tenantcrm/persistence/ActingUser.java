package io.tenantcrm.persistence;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

/** The signed-in user of a test: switched by the test, read by the use cases and LocalTransactions. */
public final class ActingUser implements CurrentUser {

    private volatile TenantId tenant;
    private volatile UserId user;

    public void actAs(TenantId tenant, UserId user) {
        this.tenant = tenant;
        this.user = user;
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public UserId user() {
        return user;
    }
}
