package io.tenantcrm.core.account;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.TextLimit;

import java.time.Instant;
import java.util.ArrayList;
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

    /** Corrects the person's details (a merge takes the better value of each from a duplicate), audited with the reason. */
    public Change<Contact> withDetails(String newName, EmailAddress newEmail, PhoneNumber newPhone, BuyingRole newRole,
                                       String newJobTitle, String reason, Acting acting) {
        Contact corrected = new Contact(tenant, id, version, account, newName, newEmail, newPhone,
                newRole == null ? role : newRole, newJobTitle, createdAt);
        List<AuditEntry> audit = new ArrayList<>();
        diff(audit, acting, "name", name, corrected.name, reason);
        diff(audit, acting, "email", email, corrected.email, reason);
        diff(audit, acting, "phone", phone, corrected.phone, reason);
        diff(audit, acting, "role", role, corrected.role, reason);
        diff(audit, acting, "jobTitle", jobTitle, corrected.jobTitle, reason);
        return new Change<>(corrected, List.of(), audit);
    }

    private void diff(List<AuditEntry> audit, Acting acting, String field, Object before, Object after,
                      String reason) {
        if (!Objects.equals(before, after)) {
            audit.add(AuditEntry.of(acting, ref(), field, before, after, reason));
        }
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.CONTACT, id.toString());
    }

    /** What the contact is recognised by when looking for duplicates: the person, their mailbox and phone. */
    public MatchKeys matchKeys() {
        return MatchKeys.of(name, email, phone, null, null);
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Contact withVersion(long newVersion) {
        return new Contact(tenant, id, newVersion, account, name, email, phone, role, jobTitle, createdAt);
    }
}
