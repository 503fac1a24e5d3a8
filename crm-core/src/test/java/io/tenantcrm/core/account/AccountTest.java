package io.tenantcrm.core.account;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    static final Acting RITA = new Acting(TenantId.of("acme"), UserId.of("rita"), Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void a_new_account_is_a_tier_c_prospect_with_a_stable_customer_id() {
        Account account = Account.create("Shenzhen Pumps", CountryCode.of("CN"), UserId.of("rita"), RITA).record();

        assertThat(account.tier()).isEqualTo(AccountTier.C);
        assertThat(account.lifecycle()).isEqualTo(Lifecycle.PROSPECT);
        assertThat(account.customer()).isNotNull();
        assertThatThrownBy(() -> Account.create(" ", null, UserId.of("rita"), RITA))
                .hasMessage("name: an account needs the company's name");
    }

    @Test
    void profile_edits_are_audited_field_by_field() {
        Account account = Account.create("Shenzhen Pumps", CountryCode.of("CN"), UserId.of("rita"), RITA).record();

        Change<Account> change = account.edit(AccountEdit.none().tier(AccountTier.A).lifecycle(Lifecycle.ACTIVE)
                .locale(ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE)
                .terms(Incoterm.FOB, PaymentTerms.TT_DEPOSIT_BALANCE_BEFORE_SHIPMENT), RITA);

        assertThat(change.record().tier()).isEqualTo(AccountTier.A);
        assertThat(change.audit()).extracting(AuditEntry::field).containsExactly("tier", "lifecycle", "timeZone",
                "language", "tradeTerms", "paymentPreference");
        assertThat(change.audit().get(3).newValue()).isEqualTo("zh-CN");
        assertThat(account.edit(AccountEdit.none(), RITA).audit()).as("nothing changed, nothing audited").isEmpty();
    }

    @Test
    void an_account_changes_hands_only_with_a_reason() {
        Account account = Account.create("Shenzhen Pumps", CountryCode.of("CN"), UserId.of("rita"), RITA).record();

        assertThatThrownBy(() -> account.reassign(UserId.of("mike"), null, RITA))
                .hasMessage("reason: a reason is required");
        Change<Account> change = account.reassign(UserId.of("mike"), "Rita leaves the company", RITA);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(OwnerChanged.class,
                e -> assertThat(e.reason()).isEqualTo("Rita leaves the company"));
        assertThat(change.audit()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Rita leaves the company"));
    }

    @Test
    void a_contact_needs_a_name_an_email_or_a_phone() {
        AccountId account = AccountId.newId();
        assertThat(Contact.create(account, null, EmailAddress.of("buyer@x.de"), null, null, RITA).record().role())
                .isEqualTo(BuyingRole.OTHER);
        assertThatThrownBy(() -> Contact.create(account, " ", null, null, BuyingRole.QUALITY, RITA))
                .hasMessage("name: a contact needs a name, an email or a phone");
    }
}
