package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.List;
import java.util.Optional;

/** {@link ContactRepository} on JPA. */
public class JpaContactRepository extends TenantScoped implements ContactRepository {

    public JpaContactRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Contact> find(TenantId tenant, ContactId id) {
        return Optional.ofNullable(em(tenant).find(ContactEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public List<Contact> contactsOf(TenantId tenant, AccountId account) {
        return em(tenant).createQuery("select c from ContactEntity c where c.accountId = :account"
                        + " order by c.createdAt, c.id", ContactEntity.class)
                .setParameter("account", account.value())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public Contact add(Contact contact) {
        em(contact.tenant()).persist(ContactEntity.from(contact));
        return contact.withVersion(1);
    }

    @Override
    public Contact update(Contact contact) {
        return updateRow(contact.tenant(), ContactEntity.class, contact.id().value(), contact, contact.version(), "contact " + contact.id())
                .toDomain(contact.tenant());
    }
}
