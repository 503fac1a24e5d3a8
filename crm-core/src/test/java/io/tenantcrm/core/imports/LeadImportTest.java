package io.tenantcrm.core.imports;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LeadImportTest {

    static final TenantId ACME = TenantId.of("acme");
    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final List<String> HEADERS = List.of("联系人", "公司名称", "E-Mail", "手机", "Country", "Notes");

    InMemoryCrm store;
    Crm crm;
    LeadImport imports;

    @BeforeEach
    void wire() {
        store = new InMemoryCrm().actAs(ACME, UserId.of("ada"));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        crm = new Crm(store.ports(TenantConfiguration.defaults(), clock));
        imports = new LeadImport(store.leads(), TenantConfiguration.defaults(), store.duplicateIndex(),
                (a, b) -> a.equals(b) ? 1.0 : 0.0, new Recorder(store, store, store, store, clock));
    }

    @Test
    void headers_in_english_or_chinese_map_themselves_and_the_rest_is_left_unmapped() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("联系人", "公司名称", "E-Mail Address", "手机",
                "Country", "Notes", "Shoe size"));

        assertThat(mapping.columns()).containsExactlyInAnyOrderEntriesOf(Map.of(LeadColumn.PERSON_NAME, 0,
                LeadColumn.COMPANY_NAME, 1, LeadColumn.EMAIL, 2, LeadColumn.PHONE, 3, LeadColumn.COUNTRY, 4,
                LeadColumn.MESSAGE, 5));
    }

    @Test
    void a_dry_run_and_the_real_run_come_to_the_same_and_only_the_real_run_writes() {
        crm.leadConversion().convert(crm.leadIntake().receive(NewLead.of(SourceChannel.EMAIL,
                        ContactDetails.of("Li Wei", "Shenzhen Pumps", EmailAddress.of("li.wei@szpumps.cn"), null),
                        CountryCode.of("CN"), null)).id(), null,
                ConversionTerms.of("Pumps", new NextStep("Call", NOW.plus(Duration.ofDays(1)))));
        Lead waiting = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of("Ana Costa", null, EmailAddress.of("ana@costa.pt"), null), CountryCode.of("PT"), null));
        List<ImportRow> rows = List.of(
                row(2, "王芳", "Ningbo Valves", "wang.fang@nbvalves.cn", "+86 574 8888 1234", "CN", "DN50 valves"),
                row(3, "Li Wei", "Shenzhen Pumps", "li.wei@szpumps.cn", "", "CN", "a customer already"),
                row(4, "Ana Costa", "Costa Lda", "ana@costa.pt", "+351 21 123 4567", "PT", "updates her lead"),
                row(5, "Bad Row", "", "not-an-email", "", "XX", ""),
                row(6, "王芳", "", "", "+86 574 8888 1234", "CN", "row 2 again, by phone"),
                row(7, "王芳", "Ningbo Valves Co., Ltd.", "WANG.FANG@nbvalves.cn", "", "CN", "row 2 again, by email"),
                row(8, "Jan Nowak", "Nowak Pompy", "jan@nowak.pl", "", "PL", ""));
        ColumnMapping mapping = ColumnMapping.suggest(HEADERS);

        List<RowOutcome> dry = imports.start(mapping).dryRun(rows);
        assertThat(store.leads().find(ACME, waiting.id()).orElseThrow().contact().phone()).isNull();
        List<RowOutcome> real = imports.start(mapping).apply(rows);

        assertThat(dry).extracting(RowOutcome::action).containsExactly(Action.CREATE, Action.SKIP_DUPLICATE,
                Action.UPDATE, Action.REJECT, Action.SKIP_DUPLICATE, Action.UPDATE, Action.CREATE);
        assertThat(real).extracting(RowOutcome::action).isEqualTo(dry.stream().map(RowOutcome::action).toList());
        assertThat(dry.get(3).problems()).extracting(v -> v.field()).containsExactlyInAnyOrder("email", "country");
        assertThat(dry.get(1).duplicates().get(0).second()).startsWith("contact/");
        assertThat(dry.get(2).record()).isEqualTo(waiting.ref().toString());
        assertThat(dry.get(5).record()).as("the lead row 2 would create").isEqualTo("row/2");
        assertThat(real.get(5).record()).as("the lead row 2 created").isEqualTo(real.get(0).record());
        assertThat(store.leads().find(ACME, waiting.id()).orElseThrow().contact().phone().value())
                .isEqualTo("+351211234567");
        assertThat(store.leads().unassigned(ACME, PageRequest.first(50)).items()).filteredOn(lead ->
                        lead.status() != LeadStatus.CONVERTED).extracting(lead -> lead.contact().displayName())
                .containsExactlyInAnyOrder("Ana Costa", "王芳", "Jan Nowak");
    }

    @Test
    void numbered_rows_of_a_trade_show_list_are_all_created_and_a_possible_duplicate_is_created_to_review() {
        List<ImportRow> rows = new java.util.ArrayList<>();
        for (int n = 0; n < 300; n++) {
            rows.add(row(n + 2, "Buyer " + n, "Import Co " + n + " GmbH", "buyer" + n + "@import" + n + ".example",
                    "+49 30 5550" + String.format("%04d", n), "DE", ""));
        }
        // the same buyer's name and company as row 2, but another mailbox and phone: maybe her, maybe not
        rows.add(row(400, "Buyer 0", "Import Co 0 GmbH", "b0@gmail.com", "+49 171 5550000", "DE", "again?"));

        List<RowOutcome> outcomes = imports.start(ColumnMapping.suggest(HEADERS)).apply(rows);

        assertThat(outcomes).extracting(RowOutcome::action).containsOnly(Action.CREATE);
        assertThat(outcomes.subList(0, 300)).noneMatch(RowOutcome::toReview);
        RowOutcome again = outcomes.get(300);
        assertThat(again.toReview()).isTrue();
        assertThat(again.duplicates()).singleElement().satisfies(pair -> {
            assertThat(pair.sure()).isFalse();
            assertThat(pair.second()).isEqualTo(outcomes.get(0).record());
            assertThat(pair.evidence()).extracting(io.tenantcrm.core.dedupe.Evidence::code)
                    .contains("same-person-name", "same-company-name", "different-phones");
        });
        assertThat(outcomes).extracting(RowOutcome::record).doesNotHaveDuplicates().allSatisfy(record ->
                assertThat(store.leads().find(ACME, new io.tenantcrm.core.lead.LeadId(java.util.UUID.fromString(
                        io.tenantcrm.core.dedupe.Candidate.refOf(record).id())))).isPresent());
    }

    private static ImportRow row(int number, String... cells) {
        return new ImportRow(number, List.of(cells));
    }
}
