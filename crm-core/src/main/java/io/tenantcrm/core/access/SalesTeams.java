package io.tenantcrm.core.access;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Outbound port: the tenant's sales teams. A manager without members has no stored team. */
public interface SalesTeams {

    /** The team the manager leads, empty of members when they lead none. */
    SalesTeam ledBy(TenantId tenant, UserId manager);

    /** The manager whose team the person is in, if any. */
    Optional<UserId> managerOf(TenantId tenant, UserId member);

    List<SalesTeam> all(TenantId tenant);

    /** Replaces the members of the manager's team. */
    void save(TenantId tenant, SalesTeam team);

    /** Takes the person out of every team, as a member and as a manager (they leave the tenant). */
    void forget(TenantId tenant, UserId person);
}
