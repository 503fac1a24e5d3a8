package io.tenantcrm.core.account;

import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.Optional;

/** Outbound port for changing accounts; {@code update} checks the version like every repository here. */
public interface AccountRepository {

    Optional<Account> find(TenantId tenant, AccountId id);

    Account add(Account account);

    Account update(Account account);

    /** The accounts a seller owns, oldest first, a page at a time. */
    Page<Account> ownedBy(TenantId tenant, UserId owner, PageRequest page);
}
