package io.tenantcrm.persistence.account;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.account.Lifecycle;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
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
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** Row of {@code account}; the tenant column is EclipseLink's discriminator, part of the key. */
@Entity
@Table(name = "account")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AccountEntity implements VersionedRow<Account> {

    @Id
    private UUID id;
    @Version
    private long version;
    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;
    private String name;
    @Enumerated(EnumType.STRING)
    private AccountTier tier;
    @Enumerated(EnumType.STRING)
    private Lifecycle lifecycle;
    @Column(name = "owner_id")
    private String ownerId;
    private String country;
    @Column(name = "time_zone")
    private String timeZone;
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(name = "trade_terms")
    private Incoterm tradeTerms;
    @Enumerated(EnumType.STRING)
    @Column(name = "payment_preference")
    private PaymentTerms paymentPreference;
    private String website;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected AccountEntity() {
        // for JPA
    }

    public static AccountEntity from(Account account) {
        AccountEntity row = new AccountEntity();
        row.id = account.id().value();
        row.customerId = account.customer().value();
        row.createdAt = account.createdAt();
        row.copy(account);
        return row;
    }

    /** Takes the changeable fields of the domain record. */
    @Override
    public void copy(Account account) {
        name = account.name();
        tier = account.tier();
        lifecycle = account.lifecycle();
        ownerId = account.owner().value();
        country = account.country() == null ? null : account.country().value();
        timeZone = account.timeZone() == null ? null : account.timeZone().getId();
        language = account.language() == null ? null : account.language().toLanguageTag();
        tradeTerms = account.tradeTerms();
        paymentPreference = account.paymentPreference();
        website = account.website();
    }

    public Account toDomain(TenantId tenant) {
        return new Account(tenant, new AccountId(id), version, new CustomerId(customerId), name, tier, lifecycle,
                UserId.of(ownerId), country == null ? null : CountryCode.of(country),
                timeZone == null ? null : ZoneId.of(timeZone), language == null ? null : Locale.forLanguageTag(language),
                tradeTerms, paymentPreference, website, createdAt);
    }

    @Override
    public long version() {
        return version;
    }
}
