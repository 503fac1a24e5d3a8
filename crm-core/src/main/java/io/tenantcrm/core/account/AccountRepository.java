package io.tenantcrm.core.account;

import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.Optional;

/** Outbound port for changing accounts; {@code update} checks the version like every repository here. */
public interface AccountRepository {

    Optional<Account> find(TenantId tenant, AccountId id);

    Account add(Account account);

    Account update(Account account);

    /** The account with this customer id: the one id a customer keeps across channels, imports and merges. */
    Optional<Account> withCustomer(TenantId tenant, CustomerId customer);

    /** The accounts a seller owns, oldest first, a page at a time. */
    Page<Account> ownedBy(TenantId tenant, UserId owner, PageRequest page);
}
