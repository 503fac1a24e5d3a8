package io.tenantcrm.core.account;

import io.tenantcrm.core.shared.TenantId;

import java.util.List;
import java.util.Optional;

/** Outbound port for contacts. */
public interface ContactRepository {

    Optional<Contact> find(TenantId tenant, ContactId id);

    List<Contact> contactsOf(TenantId tenant, AccountId account);

    Contact add(Contact contact);

    Contact update(Contact contact);
}
