package io.tenantcrm.core.account;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port for changing accounts; {@code update} checks the version like every repository here. */
public interface AccountRepository {

    Optional<Account> find(TenantId tenant, AccountId id);

    Account add(Account account);

    Account update(Account account);
}
