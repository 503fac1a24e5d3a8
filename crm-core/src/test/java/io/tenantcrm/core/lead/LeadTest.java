package io.tenantcrm.core.lead;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.lead.LeadEvents.LeadReceived;
import io.tenantcrm.core.lead.LeadEvents.LeadStatusChanged;
import io.tenantcrm.core.pipeline.FieldRequirement;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Acting RITA = new Acting(TenantId.of("acme"), UserId.of("rita"), NOW);

    static NewLead inquiry() {
        return NewLead.of(SourceChannel.MARKETPLACE,
                ContactDetails.of("Li Wei", "Shenzhen Pumps Co., Ltd.", EmailAddress.of("li.wei@szpumps.cn"), null),
                CountryCode.of("CN"), "stainless impellers");
    }

    static Lead received() {
        return Lead.receive(inquiry(), LeadIntakePolicy.defaults(), RITA).record();
    }

    @Test
    void an_inquiry_with_name_contact_country_and_source_is_taken_in() {
        Change<Lead> change = Lead.receive(inquiry(), LeadIntakePolicy.defaults(), RITA);

        assertThat(change.record().status()).isEqualTo(LeadStatus.NEW);
        assertThat(change.record().receivedAt()).isEqualTo(NOW);
        assertThat(change.record().owner()).as("unassigned until assignment").isNull();
        assertThat(change.events()).singleElement().isInstanceOf(LeadReceived.class);
        assertThat(change.audit()).singleElement()
                .satisfies(entry -> assertThat(entry.newValue()).isEqualTo("received from MARKETPLACE"));
    }

    @Test
    void a_phone_is_as_good_as_an_email_and_a_company_as_good_as_a_person() {
        NewLead byPhone = NewLead.of(SourceChannel.TRADE_SHOW, ContactDetails.of(null, "Müller GmbH", null,
                PhoneNumber.parse("030 1234567", CountryCode.of("DE"))), CountryCode.of("DE"), null);
        assertThat(LeadIntakePolicy.defaults().check(byPhone).isAllowed()).isTrue();
    }

    @Test
    void an_empty_inquiry_is_refused_with_every_missing_field_named() {
        NewLead empty = new NewLead(null, null, null, ContactDetails.of(null, null, null, null), null, null, null,
                List.of());

        assertThatThrownBy(() -> Lead.receive(empty, LeadIntakePolicy.defaults(), RITA))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.required("source", "say where the inquiry came from"),
                        new Violation("contact.personName", "give a person's or a company's name", "name-or-company"),
                        new Violation("contact.email", "give an email or a phone to answer the inquiry",
                                "email-or-phone"),
                        Violation.required("country", "is required")));
    }

    @Test
    void a_tenant_can_require_more_and_suggested_fields_never_block() {
        LeadIntakePolicy strict = new LeadIntakePolicy(LeadIntakePolicy.defaults().tiers()
                .with(LeadField.PHONE, FieldRequirement.REQUIRED));

        assertThat(strict.check(inquiry()).violations())
                .containsExactly(Violation.required("contact.phone", "is required"));
        NewLead withoutInterest = NewLead.of(SourceChannel.EMAIL,
                ContactDetails.of("Ana", null, EmailAddress.of("ana@x.pt"), null), CountryCode.of("PT"), null);
        assertThat(LeadIntakePolicy.defaults().check(withoutInterest).isAllowed()).isTrue();
        assertThat(LeadIntakePolicy.defaults().missingSuggested(withoutInterest))
                .containsExactlyInAnyOrder(LeadField.PRODUCT_INTEREST, LeadField.COMPANY_NAME);
    }

    @Test
    void an_inquiry_cannot_arrive_in_the_future() {
        NewLead future = new NewLead(SourceChannel.EMAIL, null, NOW.plusSeconds(60), inquiry().contact(),
                CountryCode.of("CN"), null, null, List.of());
        assertThatThrownBy(() -> Lead.receive(future, LeadIntakePolicy.defaults(), RITA))
                .hasMessage("receivedAt: an inquiry cannot arrive in the future");
    }

    @Test
    void statuses_move_along_the_allowed_paths_only() {
        Lead working = received().startWorking(RITA).record();
        Lead qualified = working.qualify(RITA).record();
        assertThat(qualified.status()).isEqualTo(LeadStatus.QUALIFIED);

        assertThatThrownBy(() -> working.startWorking(RITA)).hasMessage("status: a working lead cannot become working");
        Lead disqualified = working.disqualify("student project, no budget", RITA).record();
        assertThat(disqualified.statusReason()).isEqualTo("student project, no budget");
        assertThatThrownBy(() -> disqualified.qualify(RITA))
                .hasMessage("status: a disqualified lead cannot become qualified");
    }

    @Test
    void disqualifying_and_reopening_need_a_reason() {
        Lead lead = received();
        assertThatThrownBy(() -> lead.disqualify(" ", RITA)).hasMessage("reason: a reason is required");

        Lead disqualified = lead.disqualify("competitor fishing for prices", RITA).record();
        assertThatThrownBy(() -> disqualified.reopen(null, RITA)).hasMessage("reason: a reason is required");
        Change<Lead> reopened = disqualified.reopen("they placed a real RFQ", RITA);
        assertThat(reopened.record().status()).isEqualTo(LeadStatus.WORKING);
        assertThat(reopened.events()).singleElement().isInstanceOfSatisfying(LeadStatusChanged.class,
                e -> assertThat(e.reason()).isEqualTo("they placed a real RFQ"));
    }

    @Test
    void a_nurtured_lead_can_be_taken_up_again() {
        Lead nurtured = received().nurture("budget next year", RITA).record();
        assertThat(nurtured.status()).isEqualTo(LeadStatus.NURTURE);
        assertThat(nurtured.startWorking(RITA).record().status()).isEqualTo(LeadStatus.WORKING);
    }

    @Test
    void every_assignment_is_explained_and_recorded() {
        Change<Lead> assigned = received().assign(UserId.of("mike"), "rule 'China' matched country CN", RITA);

        assertThat(assigned.record().owner()).isEqualTo(UserId.of("mike"));
        assertThat(assigned.events()).singleElement().isInstanceOfSatisfying(OwnerChanged.class, e -> {
            assertThat(e.previousOwner()).isNull();
            assertThat(e.reason()).isEqualTo("rule 'China' matched country CN");
        });
        assertThat(assigned.audit()).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo("owner");
            assertThat(entry.oldValue()).isNull();
            assertThat(entry.newValue()).isEqualTo("mike");
        });
        assertThatThrownBy(() -> received().assign(UserId.of("mike"), "", RITA))
                .hasMessage("reason: a reason is required");
    }

    @Test
    void a_seller_takes_an_unowned_lead_but_not_one_someone_owns() {
        Change<Lead> taken = received().take(RITA);
        assertThat(taken.record().owner()).isEqualTo(RITA.user());
        assertThat(taken.events()).singleElement().isInstanceOfSatisfying(OwnerChanged.class, e ->
                assertThat(e.reason()).isEqualTo("taken from the unassigned queue"));
        // the history says it in the reader's language from the code
        assertThat(taken.audit()).singleElement().satisfies(e ->
                assertThat(e.said()).extracting(w -> w.code()).containsExactly("taken-from-queue"));

        Lead mikes = received().assign(UserId.of("mike"), "rule 'China' matched country CN", RITA).record();
        assertThatThrownBy(() -> mikes.take(RITA)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("already belongs to mike");
    }

    @Test
    void display_name_falls_back_from_person_to_company_to_mailbox() {
        assertThat(ContactDetails.of("Li Wei", "SZ Pumps", null, null).displayName()).isEqualTo("Li Wei");
        assertThat(ContactDetails.of(" ", "SZ Pumps", null, null).displayName()).isEqualTo("SZ Pumps");
        assertThat(ContactDetails.of(null, null, EmailAddress.of("a@b.cn"), null).displayName()).isEqualTo("a@b.cn");
    }
}
