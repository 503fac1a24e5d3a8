package io.tenantcrm.core.approval;

import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;

/** Who decides at a level: the quote owner's manager, everyone with a role, or one named person. */
public sealed interface Approver {

    /** The manager of the owner's sales team. */
    record OwnersManager() implements Approver {
        @Override
        public String toString() {
            return "the owner's manager";
        }
    }

    /** Anyone of the tenant with the role (a tenant admin, say). */
    record WithRole(CrmRole role) implements Approver {
        @Override
        public String toString() {
            return "a " + role.roleName();
        }
    }

    /** One person, such as the director. */
    record Person(UserId user) implements Approver {
        @Override
        public String toString() {
            return user.toString();
        }
    }
}
