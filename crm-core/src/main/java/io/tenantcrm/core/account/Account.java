package io.tenantcrm.core.account;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.audit.Reasons;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.CustomerId;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.UserId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A customer company. Invariants: it has a name, an owner and a stable customer id that every channel maps to;
 * owner changes carry a reason. Time zone, language and terms may be unknown (null) at first.
 */
public record Account(TenantId tenant, AccountId id, long version, CustomerId customer, String name,
                      AccountTier tier, Lifecycle lifecycle, UserId owner, CountryCode country, ZoneId timeZone,
                      Locale language, Incoterm tradeTerms, PaymentTerms paymentPreference, String website,
                      Instant createdAt) {

    public static final int MAX_NAME = 200;
    private static final TextLimit WEBSITE = new TextLimit(255);

    public Account {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "an account needs the company's name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new RuleViolationException("name", "must be at most " + MAX_NAME + " characters");
        }
        website = WEBSITE.check("website", website);
    }

    /** A new prospect, tier C until someone says otherwise. */
    public static Change<Account> create(String name, CountryCode country, UserId owner, Acting acting) {
        Account account = new Account(acting.tenant(), AccountId.newId(), 0, CustomerId.newId(), name,
                AccountTier.C, Lifecycle.PROSPECT, owner, country, null, null, null, null, null, acting.at());
        return new Change<>(account, List.of(),
                List.of(AuditEntry.of(acting, account.ref(), "record", null, "created", null)));
    }

    public Change<Account> reassign(UserId newOwner, String reason, Acting acting) {
        String why = Reasons.require("reason", reason);
        if (newOwner.equals(owner)) {
            throw new RuleViolationException("owner", "the account already belongs to " + owner);
        }
        Account transferred = new Account(tenant, id, version, customer, name, tier, lifecycle, newOwner, country,
                timeZone, language, tradeTerms, paymentPreference, website, createdAt);
        return new Change<>(transferred,
                List.of(new OwnerChanged(tenant, ref(), owner, newOwner, why, acting.user(), acting.at())),
                List.of(AuditEntry.of(acting, ref(), "owner", owner, newOwner, why)));
    }

    /** Edits the profile; a null leaves a field as it is. Every changed field is audited. */
    public Change<Account> edit(AccountEdit edit, Acting acting) {
        Account edited = new Account(tenant, id, version, customer, or(edit.name(), name), or(edit.tier(), tier),
                or(edit.lifecycle(), lifecycle), owner, or(edit.country(), country), or(edit.timeZone(), timeZone),
                or(edit.language(), language), or(edit.tradeTerms(), tradeTerms),
                or(edit.paymentPreference(), paymentPreference), or(edit.website(), website), createdAt);
        List<AuditEntry> audit = new ArrayList<>();
        diff(audit, acting, "name", name, edited.name);
        diff(audit, acting, "tier", tier, edited.tier);
        diff(audit, acting, "lifecycle", lifecycle, edited.lifecycle);
        diff(audit, acting, "country", country, edited.country);
        diff(audit, acting, "timeZone", timeZone, edited.timeZone);
        diff(audit, acting, "language", language == null ? null : language.toLanguageTag(),
                edited.language == null ? null : edited.language.toLanguageTag());
        diff(audit, acting, "tradeTerms", tradeTerms, edited.tradeTerms);
        diff(audit, acting, "paymentPreference", paymentPreference, edited.paymentPreference);
        diff(audit, acting, "website", website, edited.website);
        return new Change<>(edited, List.of(), audit);
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.ACCOUNT, id.toString());
    }

    /** What the account is recognised by when looking for duplicates: its name, website and country. */
    public MatchKeys matchKeys() {
        return MatchKeys.ofCompany(name, website, country);
    }

    private void diff(List<AuditEntry> audit, Acting acting, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            audit.add(AuditEntry.of(acting, ref(), field, before, after, null));
        }
    }

    private static <T> T or(T edited, T current) {
        return edited != null ? edited : current;
    }

    /** The same record at another version: what a repository hands back after storing it. */
    public Account withVersion(long newVersion) {
        return new Account(tenant, id, newVersion, customer, name, tier, lifecycle, owner, country, timeZone, language,
                tradeTerms, paymentPreference, website, createdAt);
    }
}
