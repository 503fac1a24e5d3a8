package io.tenantcrm.service.security;

import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;

/**
 * Who may see a record inside the tenant: admins and managers every record; a sales rep the records they own and
 * unassigned ones (the shared queue). A record the caller may not see answers 404, like one that does not exist.
 * Teams and explicit shares will narrow the manager's view and widen the rep's.
 */
public final class Visibility {

    private Visibility() {
    }

    public static boolean canSee(CallerContext caller, UserId owner) {
        if (caller.roles().contains(CrmRole.TENANT_ADMIN) || caller.roles().contains(CrmRole.SALES_MANAGER)) {
            return true;
        }
        return owner == null || owner.equals(caller.user());
    }

    public static <T> T require(CallerContext caller, UserId owner, T record, String what, Object id) {
        if (!canSee(caller, owner)) {
            throw new NotFoundException(what, id);
        }
        return record;
    }
}
