package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.BuyingRole;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code contact}. */
@Entity
@Table(name = "contact")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class ContactEntity implements VersionedRow<Contact> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    private String name;
    private String email;
    private String phone;
    @Enumerated(EnumType.STRING)
    private BuyingRole role;
    @Column(name = "job_title")
    private String jobTitle;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ContactEntity() {
        // for JPA
    }

    public static ContactEntity from(Contact contact) {
        ContactEntity row = new ContactEntity();
        row.id = contact.id().value();
        row.createdAt = contact.createdAt();
        row.copy(contact);
        return row;
    }

    @Override
    public void copy(Contact contact) {
        accountId = contact.account().value();
        name = contact.name();
        email = contact.email() == null ? null : contact.email().value();
        phone = contact.phone() == null ? null : contact.phone().value();
        role = contact.role();
        jobTitle = contact.jobTitle();
    }

    public Contact toDomain(TenantId tenant) {
        return new Contact(tenant, new ContactId(id), version, new AccountId(accountId), name,
                email == null ? null : EmailAddress.of(email), phone == null ? null : new PhoneNumber(phone), role,
                jobTitle, createdAt);
    }

    @Override
    public long version() {
        return version;
    }
}
