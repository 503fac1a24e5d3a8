package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.account.ContactRepository;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.dedupe.MatchKeyRows;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

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
        EntityManager em = em(contact.tenant());
        em.persist(ContactEntity.from(contact));
        MatchKeyRows.replace(em, contact.tenant().value(), contact.ref(), null, contact.matchKeys());
        return contact.withVersion(1);
    }

    @Override
    public Contact update(Contact contact) {
        MatchKeys before = find(contact.tenant(), contact.id()).map(Contact::matchKeys).orElse(null);
        Contact updated = updateRow(contact.tenant(), ContactEntity.class, contact.id().value(), contact,
                contact.version(), "contact " + contact.id()).toDomain(contact.tenant());
        MatchKeyRows.replace(em(contact.tenant()), contact.tenant().value(), contact.ref(), before,
                updated.matchKeys());
        return updated;
    }
}
