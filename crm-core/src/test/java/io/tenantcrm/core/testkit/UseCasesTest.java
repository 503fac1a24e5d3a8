package io.tenantcrm.core.testkit;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.activity.ActivityLogged;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealChange;
import io.tenantcrm.core.deal.DealEdit;
import io.tenantcrm.core.deal.DealEvents.DealOpened;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadConversion;
import io.tenantcrm.core.lead.LeadEvents.LeadConverted;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.DomainEvent;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.StaleRecordException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use cases end to end on the in-memory testkit: what an embedder gets without a database. */
class UseCasesTest {

    static final TenantId ACME = TenantId.of("acme");
    static final TenantId GLOBEX = TenantId.of("globex");
    static final UserId RITA = UserId.of("rita");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final io.tenantcrm.core.shared.PageRequest PAGE = io.tenantcrm.core.shared.PageRequest.first(50);

    InMemoryCrm store;
    Crm crm;

    @BeforeEach
    void wire() {
        store = new InMemoryCrm().actAs(ACME, RITA);
        crm = new Crm(store.ports(TenantConfiguration.defaults(), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    Lead receiveLead() {
        return crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM,
                ContactDetails.of("Ana Costa", "Costa Válvulas Lda", EmailAddress.of("ana@costa-valvulas.pt"), null),
                CountryCode.of("PT"), "brass fittings"));
    }

    LeadConversion.Converted convert(Lead lead) {
        return crm.leadConversion().convert(lead.id(), null,
                ConversionTerms.of("Brass fittings 2026", new NextStep("Send catalogue", NOW.plus(Duration.ofDays(1))))
                        .withAmount(Money.of("25000", "EUR")));
    }

    @Test
    void a_lead_is_received_saved_audited_and_announced() {
        Lead lead = receiveLead();

        assertThat(lead.version()).isEqualTo(1);
        assertThat(store.leads().find(ACME, lead.id())).contains(lead);
        assertThat(store.historyOf(ACME, lead.ref())).hasSize(1);
        assertThat(store.publishedEvents()).singleElement().isInstanceOf(LeadReceived.class);
    }

    @Test
    void converting_a_lead_creates_account_contact_and_deal_in_one_transaction() {
        Lead lead = receiveLead();

        LeadConversion.Converted converted = convert(lead);

        Deal deal = converted.deal().deal();
        assertThat(store.accounts().find(ACME, deal.account())).hasValueSatisfying(account -> {
            assertThat(account.name()).isEqualTo("Costa Válvulas Lda");
            assertThat(account.country()).isEqualTo(CountryCode.of("PT"));
        });
        assertThat(store.contacts().contactsOf(ACME, deal.account())).singleElement()
                .satisfies(contact -> assertThat(contact.email()).isEqualTo(EmailAddress.of("ana@costa-valvulas.pt")));
        assertThat(deal.productInterest()).isEqualTo("brass fittings");
        assertThat(deal.source()).isEqualTo(SourceChannel.WEB_FORM);
        assertThat(deal.amount()).isEqualTo(Money.of("25000", "EUR"));
        assertThat(store.leads().find(ACME, lead.id())).hasValueSatisfying(l -> {
            assertThat(l.status()).isEqualTo(LeadStatus.CONVERTED);
            assertThat(l.conversion().deal()).isEqualTo(deal.id());
        });
        assertThat(store.tasks().openTasksOf(ACME, RITA, PAGE).items()).extracting(Task::title)
                .containsExactly("Confirm the need: specs, volume, target price");
        assertThat(store.publishedEvents()).extracting(e -> (Class) e.getClass()).contains(DealOpened.class,
                LeadConverted.class);
    }

    @Test
    void converting_into_an_existing_account_reuses_it() {
        LeadConversion.Converted first = convert(receiveLead());
        Lead second = receiveLead();

        LeadConversion.Converted again = crm.leadConversion().convert(second.id(), first.accountUsed().id(),
                ConversionTerms.of("Repeat order", new NextStep("Confirm quantities", NOW.plus(Duration.ofHours(4)))));

        assertThat(again.account()).isEmpty();
        assertThat(again.deal().deal().account()).isEqualTo(first.accountUsed().id());
        assertThat(store.contacts().contactsOf(ACME, first.accountUsed().id())).hasSize(2);
    }

    @Test
    void a_refused_conversion_leaves_nothing_half_written() {
        Lead lead = receiveLead();
        int auditBefore = store.auditTrail().size();
        int eventsBefore = store.publishedEvents().size();

        assertThatThrownBy(() -> crm.leadConversion().convert(lead.id(), null,
                ConversionTerms.of("Brass", new NextStep("Call", NOW.minusSeconds(1)))))
                .isInstanceOf(RuleViolationException.class);

        assertThat(store.leads().find(ACME, lead.id())).hasValueSatisfying(
                l -> assertThat(l.status()).isEqualTo(LeadStatus.NEW));
        assertThat(store.deals().openDeals(ACME)).isEmpty();
        assertThat(store.auditTrail()).hasSize(auditBefore);
        assertThat(store.publishedEvents()).hasSize(eventsBefore);
    }

    @Test
    void a_failure_half_way_through_a_use_case_rolls_everything_back() {
        Lead lead = receiveLead();
        int auditBefore = store.auditTrail().size();
        InMemoryCrm.Deals deals = store.deals();
        io.tenantcrm.core.CrmPorts ports = store.ports(TenantConfiguration.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        // the account and the contact are written, then storing the deal fails
        Crm failingAtDeal = new Crm(new io.tenantcrm.core.CrmPorts(ports.leads(), ports.accounts(), ports.contacts(),
                new io.tenantcrm.core.deal.DealRepository() {
                    public java.util.Optional<Deal> find(TenantId tenant, io.tenantcrm.core.deal.DealId id) {
                        return deals.find(tenant, id);
                    }

                    public Deal add(Deal deal) {
                        throw new IllegalStateException("disk full");
                    }

                    public Deal update(Deal deal) {
                        return deals.update(deal);
                    }
                }, ports.stageHistory(), ports.activities(), ports.tasks(), ports.auditLog(), ports.events(), ports.unitOfWork(),
                ports.currentUser(), ports.configuration(), ports.clock()));

        assertThatThrownBy(() -> failingAtDeal.leadConversion().convert(lead.id(), null,
                ConversionTerms.of("Brass", new NextStep("Call", NOW.plusSeconds(600)))))
                .hasMessage("disk full");

        assertThat(store.auditTrail()).hasSize(auditBefore);
        assertThat(store.accountsAndContacts(ACME)).isZero();
        assertThat(store.leads().find(ACME, lead.id())).hasValueSatisfying(
                l -> assertThat(l.status()).isEqualTo(LeadStatus.NEW));
        assertThat(store.tasks().openTasksOf(ACME, RITA, PAGE).items()).isEmpty();
        assertThat(store.publishedEvents()).singleElement().isInstanceOf(LeadReceived.class);
    }

    @Test
    void another_tenants_records_are_not_found() {
        Lead lead = receiveLead();

        store.actAs(GLOBEX, UserId.of("gina"));
        assertThatThrownBy(() -> crm.leadTriage().qualify(lead.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("lead " + lead.id() + " not found");
        assertThat(store.leads().find(GLOBEX, lead.id())).isEmpty();
    }

    @Test
    void a_stale_update_is_refused() {
        Lead lead = receiveLead();
        store.leads().update(lead.startWorking(new io.tenantcrm.core.shared.Acting(ACME, RITA, NOW)).record());

        assertThatThrownBy(() -> store.leads().update(lead))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("was changed by someone else (expected version 1)");
    }

    @Test
    void a_deal_goes_from_inquiry_to_won_and_activities_keep_it_fresh() {
        Deal deal = convert(receiveLead()).deal().deal();

        crm.deals().edit(deal.id(), DealEdit.none().productInterest("brass fittings DN20")
                .terms(Incoterm.CIF, PaymentTerms.LETTER_OF_CREDIT));
        DealChange quoted = crm.deals().moveTo(deal.id(), StageId.of("quote"), null);
        assertThat(quoted.tasks()).hasSize(2);

        Activity quoteSent = crm.timeline().log(ActivityType.QUOTE_SENT, Direction.OUTBOUND, List.of(deal.ref()),
                null, "Quote Q-2026-031 sent");
        assertThat(crm.timeline().of(deal.ref(), PAGE).items()).containsExactly(quoteSent);

        DealChange won = crm.deals().win(deal.id());
        assertThat(won.deal().status()).isEqualTo(io.tenantcrm.core.deal.DealStatus.WON);
        assertThat(store.publishedEvents()).filteredOn(DealWon.class::isInstance).hasSize(1);
        assertThat(store.publishedEvents()).filteredOn(ActivityLogged.class::isInstance).hasSize(1);
        assertThat(store.historyOf(ACME, deal.ref())).extracting(e -> e.field())
                .contains("record", "productInterest", "tradeTerms", "paymentTerms", "stage");
        assertThat(store.stageHistory().of(ACME, deal.id()))
                .extracting(t -> t.from() == null ? null : t.from().value(), t -> t.to().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "inquiry"),
                        org.assertj.core.groups.Tuple.tuple("inquiry", "quote"),
                        org.assertj.core.groups.Tuple.tuple("quote", "order"));
    }

    @Test
    void events_reach_listeners_only_after_the_transaction_commits() {
        List<DomainEvent> heard = new ArrayList<>();
        store.onEvent(heard::add);

        assertThatThrownBy(() -> crm.leadIntake().receive(NewLead.of(SourceChannel.EMAIL,
                ContactDetails.of(null, null, null, null), null, null))).isInstanceOf(RuleViolationException.class);
        assertThat(heard).isEmpty();

        Lead lead = receiveLead();
        crm.leadTriage().assign(lead.id(), UserId.of("mike"), "round robin: mike is next");
        assertThat(heard).hasExactlyElementsOfTypes(LeadReceived.class, OwnerChanged.class);
    }

    @Test
    void tasks_are_listed_for_their_owner_and_completed_once() {
        convert(receiveLead());
        Task task = crm.tasks().mine(PAGE).items().get(0);

        Task done = crm.tasks().complete(task.id());

        assertThat(done.doneTime()).contains(NOW);
        assertThat(crm.tasks().mine(PAGE).items()).isEmpty();
        assertThatThrownBy(() -> crm.tasks().complete(task.id())).hasMessage("status: the task is already done");
    }

    @Test
    void accounts_are_edited_handed_over_and_get_contacts() {
        io.tenantcrm.core.account.Account account = convert(receiveLead()).accountUsed();

        io.tenantcrm.core.account.Account tiered = crm.accounts().edit(account.id(),
                io.tenantcrm.core.account.AccountEdit.none().tier(io.tenantcrm.core.account.AccountTier.A));
        io.tenantcrm.core.account.Account handedOver = crm.accounts().reassign(account.id(), UserId.of("mike"),
                "Rita moves to key accounts");
        crm.accounts().addContact(account.id(), "Rui Costa", EmailAddress.of("rui@costa-valvulas.pt"), null,
                io.tenantcrm.core.account.BuyingRole.QUALITY);

        assertThat(tiered.tier()).isEqualTo(io.tenantcrm.core.account.AccountTier.A);
        assertThat(handedOver.owner()).isEqualTo(UserId.of("mike"));
        assertThat(handedOver.version()).isEqualTo(3);
        assertThat(crm.accounts().contactsOf(account.id())).hasSize(2);
        assertThat(store.historyOf(ACME, account.ref())).extracting(e -> e.field())
                .containsExactly("record", "tier", "owner");
        store.actAs(GLOBEX, UserId.of("gina"));
        assertThatThrownBy(() -> crm.accounts().find(account.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_person_at_an_account_is_corrected_at_the_version_read_and_audited() {
        io.tenantcrm.core.account.Account account = convert(receiveLead()).accountUsed();
        io.tenantcrm.core.account.Contact rui = crm.accounts().addContact(account.id(), "Rui Costa",
                EmailAddress.of("rui@costa-valvulas.pt"), null, io.tenantcrm.core.account.BuyingRole.QUALITY);

        io.tenantcrm.core.account.Contact corrected = crm.accounts().editContact(account.id(), rui.id(),
                rui.version(), "Rui M. Costa", null, io.tenantcrm.core.shared.PhoneNumber.parse("+351 912 345 678",
                        CountryCode.of("PT")), io.tenantcrm.core.account.BuyingRole.OWNER);

        assertThat(corrected.name()).isEqualTo("Rui M. Costa");
        assertThat(corrected.email()).as("the email removed").isNull();
        assertThat(corrected.phone().value()).isEqualTo("+351912345678");
        assertThat(corrected.version()).isEqualTo(rui.version() + 1);
        assertThat(store.historyOf(ACME, rui.ref())).extracting(e -> e.field())
                .containsExactly("record", "name", "email", "phone", "role");
        assertThatThrownBy(() -> crm.accounts().editContact(account.id(), rui.id(), rui.version(), "Rui",
                null, null, null)).as("read before the correction").isInstanceOf(
                        io.tenantcrm.core.shared.StaleRecordException.class);
        assertThatThrownBy(() -> crm.accounts().editContact(account.id(), rui.id(), corrected.version(), null,
                null, null, null)).as("nobody to tell apart").isInstanceOf(RuleViolationException.class);
        io.tenantcrm.core.account.Account other = crm.accounts().open("Elsewhere Lda", CountryCode.of("PT"));
        assertThatThrownBy(() -> crm.accounts().editContact(other.id(), rui.id(), corrected.version(), "Rui",
                null, null, null)).as("not a person of that account").isInstanceOf(NotFoundException.class);
    }

    @Test
    void acting_without_a_user_is_refused() {
        InMemoryCrm anonymous = new InMemoryCrm();
        Crm unsigned = new Crm(anonymous.ports(TenantConfiguration.defaults(), Clock.systemUTC()));
        assertThatThrownBy(() -> unsigned.leadIntake().receive(null))
                .hasMessageContaining("call actAs(tenant, user) first");
    }
}
