package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.dedupe.MatchKeyRows;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.Keyset;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

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
        EntityManager em = em(account.tenant());
        em.persist(AccountEntity.from(account));
        MatchKeyRows.replace(em, account.tenant().value(), account.ref(), null, account.matchKeys());
        return account.withVersion(1);
    }

    @Override
    public Optional<Account> withCustomer(TenantId tenant, CustomerId customer) {
        return em(tenant).createQuery("select a from AccountEntity a where a.customerId = :customer",
                        AccountEntity.class)
                .setParameter("customer", customer.value()).getResultStream().findFirst()
                .map(row -> row.toDomain(tenant));
    }

    @Override
    public Page<Account> ownedBy(TenantId tenant, UserId owner, PageRequest page) {
        return Keyset.page(em(tenant), "select a from AccountEntity a where a.ownerId = :owner",
                Map.of("owner", owner.value()), "a.createdAt", "a.id", false, page, AccountEntity.class,
                row -> row.toDomain(tenant), account -> new Cursor(account.createdAt(), account.id().value()));
    }

    @Override
    public Account update(Account account) {
        MatchKeys before = find(account.tenant(), account.id()).map(Account::matchKeys).orElse(null);
        Account updated = updateRow(account.tenant(), AccountEntity.class, account.id().value(), account,
                account.version(), "account " + account.id()).toDomain(account.tenant());
        MatchKeyRows.replace(em(account.tenant()), account.tenant().value(), account.ref(), before,
                updated.matchKeys());
        return updated;
    }
}
