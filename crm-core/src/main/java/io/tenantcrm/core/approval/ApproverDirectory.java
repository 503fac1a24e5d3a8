package io.tenantcrm.core.approval;

import io.tenantcrm.core.access.SalesTeams;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;

import java.util.Set;
import java.util.function.BiFunction;

/** Outbound port: the people an {@link Approver} stands for in a tenant, for a quote of {@code owner}. */
public interface ApproverDirectory {

    Set<UserId> resolve(TenantId tenant, Approver approver, UserId owner);

    /**
     * From the tenant's sales teams (a manager) and whoever holds a role ({@code withRole}: the identity
     * directory's members, say).
     */
    static ApproverDirectory of(SalesTeams teams, BiFunction<TenantId, CrmRole, Set<UserId>> withRole) {
        return (tenant, approver, owner) -> {
            if (approver instanceof Approver.WithRole role) {
                return withRole.apply(tenant, role.role());
            }
            if (approver instanceof Approver.Person person) {
                return Set.of(person.user());
            }
            return teams.managerOf(tenant, owner).map(Set::of).orElse(Set.of());
        };
    }
}
