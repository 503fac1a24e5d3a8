package io.tenantcrm.persistence.merge;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.access.RecordShare;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountEdit;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.account.BuyingRole;
import io.tenantcrm.core.account.Contact;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.dedupe.DuplicatePair;
import io.tenantcrm.core.dedupe.MatchKeys;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadConversion;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.merge.FieldPick;
import io.tenantcrm.core.merge.Merge;
import io.tenantcrm.core.merge.MergeRequest;
import io.tenantcrm.core.merge.RecordMerge;
import io.tenantcrm.core.merge.Survivorship;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.TenantRows;
import io.tenantcrm.persistence.access.JpaRecordShares;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merge and unmerge on real PostgreSQL as the application role: everything moves, and everything comes back. */
class RecordMergeIT {

    static final UserId RITA = UserId.of("rita");
    static final UserId MARA = UserId.of("mara");
    /** The tables a merge and an unmerge only add to. */
    static final Set<String> GROWING = Set.of("audit_entry", "record_merge", "record_merge_field",
            "record_merge_move");

    PostgresFixture postgres;
    ActingUser acting;
    LocalTransactions transactions;
    CrmPorts ports;
    Crm crm;
    RecordMerge merges;
    JpaMergeStore store;
    TenantId a;
    TenantId b;

    @BeforeEach
    void wire() {
        postgres = PostgresFixture.shared();
        acting = new ActingUser();
        transactions = new LocalTransactions(postgres.units(), acting);
        ports = JpaCrm.ports(transactions, transactions, events -> { }, acting, TenantConfiguration.defaults(),
                Clock.systemUTC());
        crm = new Crm(ports);
        store = new JpaMergeStore(transactions);
        merges = new RecordMerge(ports.leads(), ports.accounts(), ports.contacts(), ports.auditLog(), store,
                new Recorder(transactions, ports.auditLog(), ports.events(), acting, Clock.systemUTC()));
        a = postgres.newTenant("merging");
        b = postgres.newTenant("bystander");
        acting.actAs(b, RITA);
        convert("Bob Martin", "Martin SARL", "bob@martin.fr");
        acting.actAs(a, RITA);
    }

    @Test
    void merging_two_accounts_moves_everything_to_the_survivor_and_unmerging_restores_every_row() throws Exception {
        LeadConversion.Converted first = convert("Li Wei", "Shenzhen Pumps Co., Ltd.", "li.wei@szpumps.cn");
        LeadConversion.Converted second = convert("Zhang Min", "Shenzhen Pumps", "zhang.min@szpumps.cn");
        Account survivor = first.accountUsed();
        Account merged = crm.accounts().edit(second.accountUsed().id(), new AccountEdit(null, AccountTier.A, null,
                null, null, null, null, null, "https://www.szpumps.cn"));
        crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(survivor.ref(), merged.ref()), null,
                "call about both");
        crm.timeline().log(ActivityType.EMAIL, Direction.OUTBOUND, List.of(merged.ref()), null, "price list");
        transactions.inTransaction(() -> {
            new JpaRecordShares(transactions).add(a, new RecordShare(merged.ref(), MARA, RITA, Instant.now()));
            ports.tasks().add(Task.create(Acting.now(a, RITA, Clock.systemUTC()), merged.ref(), "Check credit",
                    Instant.now().plus(Duration.ofDays(2)), RITA));
            return null;
        });
        Map<String, List<String>> before = TenantRows.of(postgres.appDataSource(), a, GROWING, true);
        Map<String, List<String>> bystander = TenantRows.of(postgres.appDataSource(), b);

        Merge merge = merges.merge(new MergeRequest(survivor.ref(), merged.ref(), Map.of(), "one company"));

        // contact, deal, converted lead, one activity link moved and one (the shared call) folded, task, share
        assertThat(merge.repointed()).isEqualTo(7);
        assertThat(merge.fields()).filteredOn(pick -> pick.from() == FieldPick.From.MERGED)
                .extracting(FieldPick::field).containsExactlyInAnyOrder("tier", "website");
        Account kept = crm.accounts().find(survivor.id());
        assertThat(kept.name()).isEqualTo("Shenzhen Pumps Co., Ltd.");
        assertThat(kept.website()).isEqualTo("https://www.szpumps.cn");
        assertThat(crm.accounts().contactsOf(survivor.id())).hasSize(2);
        assertThat(transactions.inTransaction(() -> ports.deals().find(a, second.deal().deal().id())).orElseThrow()
                .account()).isEqualTo(survivor.id());
        assertThat(crm.timeline().of(survivor.ref(), PageRequest.first(10)).items()).hasSize(2);
        assertThatThrownBy(() -> crm.accounts().find(merged.id())).isInstanceOf(NotFoundException.class);
        assertThat(transactions.inTransaction(() -> store.tombstoneOf(a, merged.ref()))).hasValueSatisfying(
                tombstone -> assertThat(tombstone.survivor()).isEqualTo(survivor.ref()));
        assertThat(transactions.inTransaction(() -> crm.duplicates().companies(a, "new",
                MatchKeys.ofCompany("Shenzhen Pumps", null)))).extracting(DuplicatePair::second)
                .containsExactly(survivor.ref().toString());
        assertThat(transactions.inTransaction(() -> ports.auditLog().historyOf(a, survivor.ref())))
                .extracting(AuditEntry::field, AuditEntry::reason).contains(
                        org.assertj.core.groups.Tuple.tuple("website", "one company"),
                        org.assertj.core.groups.Tuple.tuple("merge", "one company"));

        merges.unmerge(merge.id(), "two companies after all");

        assertThat(TenantRows.of(postgres.appDataSource(), a, GROWING, true)).isEqualTo(before);
        assertThat(TenantRows.of(postgres.appDataSource(), b)).isEqualTo(bystander);
        assertThat(crm.accounts().find(survivor.id()).version()).as("an ETag read during the merge stays stale")
                .isGreaterThan(kept.version());
        assertThat(transactions.inTransaction(() -> store.tombstoneOf(a, merged.ref()))).isEmpty();
        assertThatThrownBy(() -> merges.unmerge(merge.id(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("undone already");
    }

    @Test
    void merging_contacts_moves_the_deals_they_lead_and_comes_back_exactly() throws Exception {
        LeadConversion.Converted converted = convert("Li Wei", "Shenzhen Pumps", "li.wei@szpumps.cn");
        Contact fromLead = converted.contact().record();
        Contact typedAgain = crm.accounts().addContact(converted.accountUsed().id(), "LI Wei (purchasing)",
                EmailAddress.of("li.wei@szpumps.cn"), null, BuyingRole.PURCHASING);
        Map<String, List<String>> before = TenantRows.of(postgres.appDataSource(), a, GROWING, true);

        Merge merge = merges.merge(new MergeRequest(typedAgain.ref(), fromLead.ref(),
                Map.of("name", Survivorship.MERGED), null));

        Deal deal = transactions.inTransaction(() -> ports.deals().find(a, converted.deal().deal().id()))
                .orElseThrow();
        assertThat(deal.primaryContact()).isEqualTo(typedAgain.id());
        assertThat(crm.accounts().contactsOf(converted.accountUsed().id())).singleElement()
                .satisfies(contact -> {
                    assertThat(contact.name()).as("the user's choice").isEqualTo("Li Wei");
                    assertThat(contact.role()).isEqualTo(BuyingRole.PURCHASING);
                });

        merges.unmerge(merge.id(), null);

        assertThat(TenantRows.of(postgres.appDataSource(), a, GROWING, true)).isEqualTo(before);
    }

    @Test
    void an_unmerge_is_refused_once_the_survivor_changed_and_leads_keep_their_timeline() throws SQLException {
        Lead first = receive("Ana Costa", "Costa Textiles", "ana@costa-textiles.pt");
        Lead again = receive("Ana Costa", "Costa Textiles Lda", "ana.costa@gmail.com");
        crm.timeline().log(ActivityType.EMAIL, Direction.INBOUND, List.of(again.ref()), null, "samples?");

        Merge merge = merges.merge(new MergeRequest(first.ref(), again.ref(), Map.of(), null));

        assertThat(merge.repointed()).isEqualTo(1);
        assertThat(crm.timeline().of(first.ref(), PageRequest.first(10)).items()).hasSize(1);
        Lead kept = transactions.inTransaction(() -> ports.leads().find(a, first.id())).orElseThrow();
        assertThat(kept.contact().companyName()).isEqualTo("Costa Textiles Lda");
        assertThat(kept.contact().email().value()).as("the newer one").isEqualTo("ana.costa@gmail.com");

        crm.leadTriage().startWorking(first.id());

        assertThatThrownBy(() -> merges.unmerge(merge.id(), null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("changed since the merge");
        assertThat(transactions.inTransaction(() -> ports.leads().find(a, again.id()))).isEmpty();
    }

    @Test
    void another_tenants_records_cannot_be_merged_or_unmerged() {
        Lead first = receive("Ana Costa", "Costa Textiles", "ana@costa-textiles.pt");
        Lead again = receive("Ana Costa", null, "ana.costa@gmail.com");
        Merge merge = merges.merge(new MergeRequest(first.ref(), again.ref(), Map.of(), null));
        acting.actAs(b, RITA);

        assertThatThrownBy(() -> merges.merge(new MergeRequest(first.ref(), again.ref(), Map.of(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> merges.unmerge(merge.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> merges.merge(new MergeRequest(first.ref(), again.ref(),
                Map.of("shoeSize", Survivorship.MERGED), null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_choice_for_a_field_the_record_does_not_have_is_refused_and_nothing_changes() throws SQLException {
        Lead first = receive("Ana Costa", "Costa Textiles", "ana@costa-textiles.pt");
        Lead again = receive("Ana Costa", null, "ana.costa@gmail.com");
        Map<String, List<String>> before = TenantRows.of(postgres.appDataSource(), a);

        assertThatThrownBy(() -> merges.merge(new MergeRequest(first.ref(), again.ref(),
                Map.of("shoeSize", Survivorship.MERGED), null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0).field())
                        .isEqualTo("fields.shoeSize"));
        assertThat(TenantRows.of(postgres.appDataSource(), a)).isEqualTo(before);
    }

    private Lead receive(String person, String company, String email) {
        return crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of(person, company, EmailAddress.of(email), null), CountryCode.of("PT"), "linen"));
    }

    private LeadConversion.Converted convert(String person, String company, String email) {
        Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of(person, company, EmailAddress.of(email), null), CountryCode.of("CN"), "pumps"));
        return crm.leadConversion().convert(lead.id(), null, ConversionTerms.of("Pumps " + person,
                new NextStep("Call", Instant.now().plus(Duration.ofDays(1)))));
    }
}
