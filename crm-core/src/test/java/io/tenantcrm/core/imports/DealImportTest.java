package io.tenantcrm.core.imports;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DealImportTest {

    static final TenantId ACME = TenantId.of("acme");
    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    static final List<String> HEADERS = List.of("客户名称", "商机名称", "Amount", "Currency", "Stage", "Close date",
            "Next step", "Next step date", "产品");

    InMemoryCrm store;
    Crm crm;
    DealImport imports;

    @BeforeEach
    void wire() {
        store = new InMemoryCrm().actAs(ACME, UserId.of("ada"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        crm = new Crm(store.ports(TenantConfiguration.defaults(), clock));
        imports = new DealImport(store.accounts(), store.deals(), crm.deals(), store.duplicateIndex(),
                TenantConfiguration.defaults(), new Recorder(store, store, store, store, clock));
    }

    @Test
    void a_dry_run_and_the_real_run_agree_new_deals_open_in_their_stage_and_a_known_deal_is_updated() {
        Account pumps = crm.accounts().open("Shenzhen Pumps Co., Ltd.", CountryCode.of("CN"));
        List<ImportRow> rows = List.of(
                row(2, "Shenzhen Pumps", "Impellers 2027", "12,500.00", "EUR", "Quote", "2027-03-31",
                        "Call about the quote", "2026-12-08", "impellers"),
                row(3, "SHENZHEN PUMPS", "impellers 2027", "13000", "EUR", "", "", "", "", ""),
                row(4, "Shenzhen Pumps", "Seals", "", "", "", "", "Send catalogue", "2026-12-06T10:00:00Z", ""),
                row(5, "Nobody Ltd", "Ghost deal", "", "", "", "", "Call", "2026-12-08", ""),
                row(6, "Shenzhen Pumps", "Valves", "900", "", "Quote", "", "Call", "2026-12-08", "valves"),
                row(7, "Shenzhen Pumps", "No next step", "", "", "", "", "", "", ""),
                row(8, "Shenzhen Pumps", "Wrong stage", "", "", "Haggling", "", "Call", "2026-12-08", ""));
        ColumnMapping<DealColumn> mapping = ColumnMapping.suggest(DealColumn.class, HEADERS);
        assertThat(mapping.columns()).hasSize(9);

        List<RowOutcome> dry = imports.start(mapping).dryRun(rows);
        assertThat(store.deals().openDealsOn(ACME, pumps.id())).as("a dry run writes nothing").isEmpty();
        List<RowOutcome> real = imports.start(mapping).apply(rows);

        assertThat(real).extracting(RowOutcome::action).containsExactly(Action.CREATE, Action.UPDATE, Action.CREATE,
                Action.REJECT, Action.REJECT, Action.REJECT, Action.REJECT);
        assertThat(dry).extracting(RowOutcome::action).isEqualTo(real.stream().map(RowOutcome::action).toList());
        assertThat(real.subList(3, 7)).extracting(outcome -> outcome.problems().get(0).field())
                .containsExactly("companyName", "currency", "nextStep", "stage");
        assertThat(real.get(1).record()).isEqualTo(real.get(0).record());

        List<Deal> open = store.deals().openDealsOn(ACME, pumps.id());
        assertThat(open).extracting(Deal::title).containsExactly("Impellers 2027", "Seals");
        Deal impellers = open.get(0);
        assertThat(impellers.stage().value()).isEqualTo("quote");
        assertThat(impellers.amount()).as("the later row of the same deal updated it")
                .isEqualTo(Money.of("13000", "EUR"));
        assertThat(impellers.expectedClose()).isEqualTo(LocalDate.parse("2027-03-31"));
        assertThat(impellers.nextStep().due()).isEqualTo(Instant.parse("2026-12-08T09:00:00Z"));
        assertThat(open.get(1).stage().value()).as("no stage named: the first").isEqualTo("inquiry");
    }

    @Test
    void a_stage_that_needs_fields_the_row_lacks_is_refused_with_the_stage_rules_reasons() {
        crm.accounts().open("Nordic Valves AB", CountryCode.of("SE"));
        List<RowOutcome> outcomes = imports.start(ColumnMapping.suggest(DealColumn.class, HEADERS)).apply(List.of(
                row(2, "Nordic Valves", "Quote without amount", "", "", "quote", "", "Call", "2026-12-08", "")));

        assertThat(outcomes.get(0).action()).isEqualTo(Action.REJECT);
        assertThat(outcomes.get(0).problems()).extracting(Violation::field).contains("amount");
    }

    private static ImportRow row(int number, String... cells) {
        return new ImportRow(number, List.of(cells));
    }
}
