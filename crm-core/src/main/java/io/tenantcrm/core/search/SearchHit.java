package io.tenantcrm.core.search;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.shared.UserId;

import java.util.Objects;

/**
 * One record search found: a lead, an account or a contact, with what a result list shows (its name, and a line
 * such as the company and the email), whose it is ({@code owner} null for an unassigned lead) and, for a contact,
 * the account they work at ({@code account}, where a screen opens them).
 */
public record SearchHit(RecordType type, String id, String title, String detail, UserId owner, String account) {

    public SearchHit {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    /** An account: its name, its country. */
    public static SearchHit of(Account account) {
        return new SearchHit(RecordType.ACCOUNT, account.id().value().toString(), account.name(),
                account.country() == null ? null : account.country().value(), account.owner(), null);
    }

    /** A contact: their name (else their email), the account they work at; owned through the account. */
    public static SearchHit of(Contact contact, Account account) {
        String title = contact.name() != null ? contact.name()
                : contact.email() != null ? contact.email().value() : account.name();
        return new SearchHit(RecordType.CONTACT, contact.id().value().toString(), title, account.name(),
                account.owner(), account.id().value().toString());
    }

    /** A lead: the person (else the company, else the email), their company. */
    public static SearchHit of(Lead lead) {
        ContactDetails who = lead.contact();
        String title = who.personName() != null ? who.personName() : who.companyName() != null ? who.companyName()
                : who.email() != null ? who.email().value() : lead.id().value().toString();
        return new SearchHit(RecordType.LEAD, lead.id().value().toString(), title, who.companyName(), lead.owner(),
                null);
    }
}
