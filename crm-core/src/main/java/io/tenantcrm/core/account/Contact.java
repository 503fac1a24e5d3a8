package io.tenantcrm.core.account;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.TextLimit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person at an account, with their part in the buying group. Invariant: a contact can be told apart and
 * reached: it has a name, an email or a phone.
 */
public record Contact(TenantId tenant, ContactId id, long version, AccountId account, String name,
                      EmailAddress email, PhoneNumber phone, BuyingRole role, String jobTitle, Instant createdAt) {

    public Contact {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        name = TextLimit.LINE.check("name", name);
        jobTitle = TextLimit.LINE.check("jobTitle", jobTitle);
        if (name == null && email == null && phone == null) {
            throw new RuleViolationException("name", "a contact needs a name, an email or a phone");
        }
    }

    public static Change<Contact> create(AccountId account, String name, EmailAddress email, PhoneNumber phone,
                                         BuyingRole role, Acting acting) {
        Contact contact = new Contact(acting.tenant(), ContactId.newId(), 0, account, name, email, phone,
                role == null ? BuyingRole.OTHER : role, null, acting.at());
        return new Change<>(contact, List.of(),
                List.of(AuditEntry.of(acting, contact.ref(), "record", null, "created", null)));
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.CONTACT, id.toString());
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Contact withVersion(long newVersion) {
        return new Contact(tenant, id, newVersion, account, name, email, phone, role, jobTitle, createdAt);
    }
}
