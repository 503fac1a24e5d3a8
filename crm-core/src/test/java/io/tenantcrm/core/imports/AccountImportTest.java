package io.tenantcrm.core.imports;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.account.BuyingRole;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AccountImportTest {

    static final TenantId ACME = TenantId.of("acme");
    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    static final List<String> HEADERS = List.of("客户编号", "公司名称", "Website", "Country", "Tier", "联系人", "邮箱",
            "Role");

    InMemoryCrm store;
    Crm crm;
    AccountImport imports;

    @BeforeEach
    void wire() {
        store = new InMemoryCrm().actAs(ACME, UserId.of("ada"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        crm = new Crm(store.ports(TenantConfiguration.defaults(), clock));
        imports = new AccountImport(store.accounts(), store.contacts(), store.duplicateIndex(),
                new Recorder(store, store, store, store, clock));
    }

    @Test
    void headers_in_chinese_and_english_are_mapped_to_account_and_contact_fields() {
        assertThat(ColumnMapping.suggest(AccountColumn.class, HEADERS).columns()).containsExactly(
                entry(AccountColumn.CUSTOMER_ID, 0), entry(AccountColumn.COMPANY_NAME, 1),
                entry(AccountColumn.WEBSITE, 2), entry(AccountColumn.COUNTRY, 3),
                entry(AccountColumn.TIER, 4), entry(AccountColumn.CONTACT_NAME, 5),
                entry(AccountColumn.EMAIL, 6), entry(AccountColumn.BUYING_ROLE, 7));
    }

    @Test
    void a_dry_run_and_the_real_run_agree_on_new_known_and_repeated_companies_and_only_the_real_run_writes() {
        Account known = crm.accounts().open("Shenzhen Pumps Co., Ltd.", CountryCode.of("CN"));
        Account byId = crm.accounts().open("Nordic Valves AB", CountryCode.of("SE"));
        crm.accounts().addContact(byId.id(), "Eva Lind", EmailAddress.of("eva@nordic.example"), null, null);
        List<ImportRow> rows = List.of(
                row(2, "", "Lind Marine", "https://lind-marine.example", "SE", "b", "Ola Lind", "ola@lind.example",
                        "purchasing"),
                row(3, "", "LIND MARINE AS", "", "SE", "", "Kari Lind", "kari@lind.example", "engineering"),
                row(4, "", "Shenzhen Pumps", "", "", "a", "Li Wei", "li.wei@szpumps.example", ""),
                row(5, byId.customer().toString(), "", "", "", "a", "Eva Lind-Berg", "eva@nordic.example", "owner"),
                row(6, "6f1c0b9e-0000-4000-8000-000000000000", "", "", "", "", "", "", ""),
                row(7, "", "", "", "", "", "Nobody", "", ""),
                row(8, "", "Bad Tier Ltd", "", "", "z", "", "", ""));
        ColumnMapping<AccountColumn> mapping = ColumnMapping.suggest(AccountColumn.class, HEADERS);

        List<RowOutcome> dry = imports.start(mapping).dryRun(rows);
        assertThat(crm.accounts().ownedBy(UserId.of("ada"), PageRequest.first(50)).items())
                .as("a dry run writes nothing").hasSize(2);
        List<RowOutcome> real = imports.start(mapping).apply(rows);

        assertThat(real).extracting(RowOutcome::action).containsExactly(Action.CREATE, Action.UPDATE, Action.UPDATE,
                Action.UPDATE, Action.REJECT, Action.REJECT, Action.REJECT);
        assertThat(dry).extracting(RowOutcome::action).isEqualTo(real.stream().map(RowOutcome::action).toList());
        assertThat(real.get(4).problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("customerId"));
        assertThat(real.get(5).problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("companyName"));
        assertThat(real.get(6).problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("tier"));

        Account lind = crm.accounts().find(new AccountId(UUID.fromString(
                real.get(0).record().substring("account/".length()))));
        assertThat(real.get(1).record()).as("one account for the rows of one company").isEqualTo(real.get(0).record());
        assertThat(lind.tier()).isEqualTo(AccountTier.B);
        assertThat(lind.website()).isEqualTo("https://lind-marine.example");
        assertThat(crm.accounts().contactsOf(lind.id())).extracting(Contact::name, Contact::role)
                .containsExactlyInAnyOrder(tuple("Ola Lind", BuyingRole.PURCHASING),
                        tuple("Kari Lind", BuyingRole.ENGINEERING));
        assertThat(real.get(2).record()).isEqualTo(known.ref().toString());
        assertThat(crm.accounts().find(known.id()).tier()).isEqualTo(AccountTier.A);
        assertThat(crm.accounts().contactsOf(known.id())).extracting(Contact::name).containsExactly("Li Wei");
        assertThat(crm.accounts().find(byId.id()).tier()).isEqualTo(AccountTier.A);
        assertThat(crm.accounts().contactsOf(byId.id())).as("the person is matched by email, not added twice")
                .singleElement().satisfies(eva -> {
                    assertThat(eva.name()).isEqualTo("Eva Lind-Berg");
                    assertThat(eva.role()).isEqualTo(BuyingRole.OWNER);
                });
    }

    private static ImportRow row(int number, String... cells) {
        return new ImportRow(number, List.of(cells));
    }
}
