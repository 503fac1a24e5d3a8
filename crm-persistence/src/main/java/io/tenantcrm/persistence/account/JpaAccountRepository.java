package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.Keyset;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.Map;
import java.util.Optional;

/** {@link AccountRepository} on JPA. */
public class JpaAccountRepository extends TenantScoped implements AccountRepository {

    public JpaAccountRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Account> find(TenantId tenant, AccountId id) {
        return Optional.ofNullable(em(tenant).find(AccountEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public Account add(Account account) {
        em(account.tenant()).persist(AccountEntity.from(account));
        return account.withVersion(1);
    }

    @Override
    public Page<Account> ownedBy(TenantId tenant, UserId owner, PageRequest page) {
        return Keyset.page(em(tenant), "select a from AccountEntity a where a.ownerId = :owner",
                Map.of("owner", owner.value()), "a.createdAt", "a.id", false, page, AccountEntity.class,
                row -> row.toDomain(tenant), account -> new Cursor(account.createdAt(), account.id().value()));
    }

    @Override
    public Account update(Account account) {
        return updateRow(account.tenant(), AccountEntity.class, account.id().value(), account, account.version(), "account " + account.id())
                .toDomain(account.tenant());
    }
}
