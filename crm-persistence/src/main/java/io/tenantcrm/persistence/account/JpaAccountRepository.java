package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import io.tenantcrm.persistence.tenancy.Writes;
import jakarta.persistence.EntityManager;

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
    public Account update(Account account) {
        EntityManager em = em(account.tenant());
        AccountEntity row = em.find(AccountEntity.class, account.id().value());
        Writes.requireVersion(row, row == null ? -1 : row.version(), account.version(), "account " + account.id());
        row.copy(account);
        Writes.flush(em, "account " + account.id(), account.version());
        return row.toDomain(account.tenant());
    }
}
