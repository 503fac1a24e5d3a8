package io.tenantcrm.core.account;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.UserId;

import java.util.List;
import java.util.Objects;

/** Use case: the customer companies and their people: profile edits, ownership, contacts. */
public final class AccountBook {

    private final AccountRepository accounts;
    private final ContactRepository contacts;
    private final Recorder recorder;

    public AccountBook(AccountRepository accounts, ContactRepository contacts, Recorder recorder) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public Account find(AccountId id) {
        return recorder.inTransaction(acting -> accounts.find(acting.tenant(), id)
                .orElseThrow(() -> new NotFoundException("account", id)));
    }

    /** A new prospect owned by the acting seller (a company met without an inquiry first). */
    public Account open(String name, CountryCode country) {
        return recorder.inTransaction(acting -> {
            Change<Account> change = Account.create(name, country, acting.user(), acting);
            Account saved = accounts.add(change.record());
            recorder.keep(change);
            return saved;
        });
    }

    /** The accounts a seller owns, a page at a time. */
    public Page<Account> ownedBy(UserId owner, PageRequest page) {
        return recorder.inTransaction(acting -> accounts.ownedBy(acting.tenant(), owner, page));
    }

    public Account edit(AccountId id, AccountEdit edit) {
        return recorder.inTransaction(acting -> {
            Change<Account> change = load(id, acting.tenant()).edit(edit, acting);
            Account saved = accounts.update(change.record());
            recorder.keep(change);
            return saved;
        });
    }

    public Account reassign(AccountId id, UserId owner, String reason) {
        return recorder.inTransaction(acting -> {
            Change<Account> change = load(id, acting.tenant()).reassign(owner, reason, acting);
            Account saved = accounts.update(change.record());
            recorder.keep(change);
            return saved;
        });
    }

    public List<Contact> contactsOf(AccountId id) {
        return recorder.inTransaction(acting -> {
            load(id, acting.tenant());
            return contacts.contactsOf(acting.tenant(), id);
        });
    }

    public Contact addContact(AccountId id, String name, EmailAddress email, PhoneNumber phone, BuyingRole role) {
        return recorder.inTransaction(acting -> {
            load(id, acting.tenant());
            Change<Contact> change = Contact.create(id, name, email, phone, role, acting);
            Contact saved = contacts.add(change.record());
            recorder.keep(change);
            return saved;
        });
    }

    /**
     * Corrects a person at the account: their name, email, phone and part in the buying group as given (a null
     * email or phone removes it; the job title stays), if the contact is still at {@code expectedVersion}. Each
     * changed field is audited.
     */
    public Contact editContact(AccountId id, ContactId contactId, long expectedVersion, String name,
                               EmailAddress email, PhoneNumber phone, BuyingRole role) {
        return recorder.inTransaction(acting -> {
            load(id, acting.tenant());
            Contact contact = contacts.find(acting.tenant(), contactId).filter(c -> c.account().equals(id))
                    .orElseThrow(() -> new NotFoundException("contact", contactId));
            Change<Contact> change = contact.withVersion(expectedVersion)
                    .withDetails(name, email, phone, role, contact.jobTitle(), null, acting);
            Contact saved = contacts.update(change.record());
            recorder.keep(change);
            return saved;
        });
    }

    private Account load(AccountId id, io.tenantcrm.core.shared.TenantId tenant) {
        return accounts.find(tenant, id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
