package io.tenantcrm.core.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.OwnerChanged;
import io.tenantcrm.core.deal.DealEvents.DealLost;
import io.tenantcrm.core.deal.DealEvents.DealOpened;
import io.tenantcrm.core.deal.DealEvents.DealReopened;
import io.tenantcrm.core.deal.DealEvents.DealStageChanged;
import io.tenantcrm.core.deal.DealEvents.DealWon;
import io.tenantcrm.core.deal.DealEvents.NextStepScheduled;
import io.tenantcrm.core.pipeline.DealField;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.PaymentTerms;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DealTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UserId RITA = UserId.of("rita");
    static final UserId MIKE = UserId.of("mike");
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Pipeline PIPELINE = Pipeline.defaultB2bExport();

    static Acting at(Instant when) {
        return new Acting(ACME, RITA, when);
    }

    static NextStep nextStepIn(Duration duration) {
        return new NextStep("Call the buyer", NOW.plus(duration));
    }

    static Deal openDeal() {
        return Deal.open(NewDeal.of("Valves for Lagos refinery", AccountId.newId(), RITA,
                nextStepIn(Duration.ofDays(1))), PIPELINE, at(NOW)).deal();
    }

    static Deal readyForQuote() {
        return openDeal().edit(DealEdit.none().amount(Money.of("48000", "USD")).productInterest("DN100 ball valves"),
                at(NOW)).deal();
    }

    @Test
    void a_new_deal_starts_in_the_first_stage_with_its_tasks_and_events() {
        DealChange change = Deal.open(NewDeal.of("Valves", AccountId.newId(), RITA, nextStepIn(Duration.ofDays(1))),
                PIPELINE, at(NOW));

        assertThat(change.deal().stage()).isEqualTo(StageId.of("inquiry"));
        assertThat(change.deal().isOpen()).isTrue();
        assertThat(change.events()).hasExactlyElementsOfTypes(DealOpened.class, NextStepScheduled.class);
        assertThat(change.tasks()).extracting(Task::title)
                .containsExactly("Confirm the need: specs, volume, target price");
        assertThat(change.tasks().get(0).due()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(change.tasks().get(0).owner()).isEqualTo(RITA);
        assertThat(change.audit()).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo("record");
            assertThat(entry.newValue()).isEqualTo("created in Inquiry");
            assertThat(entry.actor()).isEqualTo(RITA);
        });
    }

    @Test
    void a_deal_without_a_next_step_cannot_be_opened() {
        assertThatThrownBy(() -> Deal.open(NewDeal.of("Valves", AccountId.newId(), RITA, null), PIPELINE, at(NOW)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("nextStep", "an open deal needs a next step: what and when")));
    }

    @Test
    void a_next_step_in_the_past_is_refused() {
        assertThatThrownBy(() -> Deal.open(NewDeal.of("Valves", AccountId.newId(), RITA,
                new NextStep("Call", NOW.minusSeconds(60))), PIPELINE, at(NOW)))
                .hasMessage("nextStep.due: must be in the future");
    }

    @Test
    void a_next_step_beyond_the_stage_gap_is_refused() {
        assertThatThrownBy(() -> Deal.open(NewDeal.of("Valves", AccountId.newId(), RITA,
                nextStepIn(Duration.ofDays(4))), PIPELINE, at(NOW)))
                .hasMessage("nextStep.due: must be within 3 days in Inquiry");
    }

    @Test
    void entering_a_stage_needs_its_required_fields_and_names_each_missing_one() {
        Deal deal = openDeal();

        assertThatThrownBy(() -> deal.moveTo(StageId.of("quote"), null, PIPELINE, at(NOW)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.required("amount", "is required to enter Quote"),
                        Violation.required("productInterest", "is required to enter Quote")));
    }

    @Test
    void moving_forward_changes_stage_creates_tasks_and_points_out_suggested_fields() {
        DealChange change = readyForQuote().moveTo(StageId.of("quote"), null, PIPELINE, at(NOW.plusSeconds(60)));

        assertThat(change.deal().stage()).isEqualTo(StageId.of("quote"));
        assertThat(change.deal().stageEnteredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(change.deal().lastActivityAt()).as("a stage change is activity").isEqualTo(NOW.plusSeconds(60));
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(DealStageChanged.class, e -> {
            assertThat(e.from()).isEqualTo(StageId.of("inquiry"));
            assertThat(e.to()).isEqualTo(StageId.of("quote"));
        });
        assertThat(change.tasks()).extracting(Task::title)
                .containsExactly("Follow up on the quote", "Second follow-up on the quote");
        assertThat(change.suggestedFieldsMissing()).containsExactlyInAnyOrder(DealField.TRADE_TERMS,
                DealField.EXPECTED_CLOSE);
        assertThat(change.audit()).extracting(AuditEntry::field, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stage", "inquiry", "quote"));
    }

    @Test
    void moving_back_is_allowed_by_default_and_refused_when_the_pipeline_forbids_it() {
        Deal inQuote = readyForQuote().moveTo(StageId.of("quote"), null, PIPELINE, at(NOW)).deal();

        assertThat(inQuote.moveTo(StageId.of("needs-confirmed"), null, PIPELINE, at(NOW)).deal().stage())
                .isEqualTo(StageId.of("needs-confirmed"));

        Pipeline strict = new Pipeline(PIPELINE.id(), PIPELINE.name(), PIPELINE.stages(), true, false);
        assertThatThrownBy(() -> inQuote.moveTo(StageId.of("needs-confirmed"), null, strict, at(NOW)))
                .hasMessage("stage: this pipeline does not allow moving back from Quote to Needs confirmed");
    }

    @Test
    void skipping_stages_is_refused_when_the_pipeline_forbids_it() {
        Pipeline strict = new Pipeline(PIPELINE.id(), PIPELINE.name(), PIPELINE.stages(), false, true);
        Deal deal = readyForQuote();

        assertThatThrownBy(() -> deal.moveTo(StageId.of("quote"), null, strict, at(NOW)))
                .hasMessage("stage: this pipeline does not allow skipping stages between Inquiry and Quote");
    }

    @Test
    void moving_to_the_current_stage_or_an_unknown_one_is_refused() {
        Deal deal = openDeal();
        assertThatThrownBy(() -> deal.moveTo(StageId.of("inquiry"), null, PIPELINE, at(NOW)))
                .hasMessage("stage: the deal is already in Inquiry");
        assertThatThrownBy(() -> deal.moveTo(StageId.of("nowhere"), null, PIPELINE, at(NOW)))
                .hasMessage("stage: pipeline B2B export has no stage 'nowhere'");
    }

    @Test
    void winning_needs_the_order_stage_fields_and_then_closes_the_deal() {
        Deal deal = readyForQuote();
        assertThatThrownBy(() -> deal.win(PIPELINE, at(NOW)))
                .hasMessage("paymentTerms: is required to enter Order");

        Deal withTerms = deal.edit(DealEdit.none().terms(Incoterm.FOB, PaymentTerms.LETTER_OF_CREDIT), at(NOW))
                .deal();
        DealChange won = withTerms.win(PIPELINE, at(NOW));

        assertThat(won.deal().status()).isEqualTo(DealStatus.WON);
        assertThat(won.deal().nextStep()).as("a won deal needs no next step").isNull();
        assertThat(won.events()).hasExactlyElementsOfTypes(DealStageChanged.class, DealWon.class);
        assertThat(won.tasks()).extracting(Task::title).containsExactly("Confirm the payment date with the buyer");
    }

    @Test
    void a_won_deal_may_move_on_to_payment_received_but_not_back_without_reopening() {
        Deal won = readyForQuote().edit(DealEdit.none().terms(Incoterm.CIF, PaymentTerms.TT_IN_ADVANCE), at(NOW))
                .deal().win(PIPELINE, at(NOW)).deal();

        assertThat(won.moveTo(StageId.of("payment-received"), null, PIPELINE, at(NOW)).deal().stage())
                .isEqualTo(StageId.of("payment-received"));
        assertThatThrownBy(() -> won.moveTo(StageId.of("negotiation"), nextStepIn(Duration.ofDays(1)), PIPELINE,
                at(NOW)))
                .hasMessageStartingWith("stage: the deal is won: reopen it with a reason before moving it to Negotiation");
    }

    @Test
    void moving_to_lost_directly_is_refused_in_favour_of_lose() {
        assertThatThrownBy(() -> openDeal().moveTo(StageId.of("lost"), null, PIPELINE, at(NOW)))
                .hasMessage("stage: closing a deal as lost needs a loss reason: use lose");
    }

    @Test
    void losing_needs_a_structured_reason_and_records_it() {
        Deal deal = openDeal();
        assertThatThrownBy(() -> deal.lose(null, PIPELINE, at(NOW))).hasMessage("lossReason: a lost deal needs a loss reason");

        LossReason reason = new LossReason(LossCategory.PRICE, "competitor cheaper", "Turkish supplier at -12%");
        DealChange lost = deal.lose(reason, PIPELINE, at(NOW));

        assertThat(lost.deal().status()).isEqualTo(DealStatus.LOST);
        assertThat(lost.deal().lossReason()).isEqualTo(reason);
        assertThat(lost.deal().nextStep()).isNull();
        assertThat(lost.events()).last().isInstanceOfSatisfying(DealLost.class,
                e -> assertThat(e.lastOpenStage()).isEqualTo(StageId.of("inquiry")));
        assertThatThrownBy(() -> lost.deal().lose(reason, PIPELINE, at(NOW)))
                .hasMessage("stage: only an open deal can be lost; reopen it first");
    }

    @Test
    void a_loss_reason_must_use_a_sub_reason_of_its_category() {
        assertThatThrownBy(() -> new LossReason(LossCategory.PRICE, "no capacity", null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("lossReason.subReason"));
        assertThatThrownBy(() -> new LossReason(null, "x", null))
                .hasMessageStartingWith("lossReason.category: choose one of");
    }

    @Test
    void reopening_a_lost_deal_needs_a_reason_and_a_next_step() {
        Deal lost = openDeal().lose(new LossReason(LossCategory.EXTERNAL, "buyer went silent", null), PIPELINE,
                at(NOW)).deal();

        assertThatThrownBy(() -> lost.reopen(StageId.of("inquiry"), nextStepIn(Duration.ofDays(1)), " ", PIPELINE,
                at(NOW))).hasMessage("reason: a reason is required");
        assertThatThrownBy(() -> lost.reopen(StageId.of("inquiry"), null, "buyer is back", PIPELINE, at(NOW)))
                .hasMessage("nextStep: an open deal needs a next step: what and when");

        DealChange reopened = lost.reopen(StageId.of("inquiry"), nextStepIn(Duration.ofDays(1)), "buyer is back",
                PIPELINE, at(NOW));
        assertThat(reopened.deal().status()).isEqualTo(DealStatus.OPEN);
        assertThat(reopened.deal().lossReason()).isNull();
        assertThat(reopened.events().get(0)).isInstanceOf(DealReopened.class);
        assertThat(reopened.audit()).allSatisfy(entry -> assertThat(entry.reason()).isEqualTo("buyer is back"));
    }

    @Test
    void an_open_deal_cannot_be_reopened() {
        assertThatThrownBy(() -> openDeal().reopen(StageId.of("inquiry"), nextStepIn(Duration.ofDays(1)), "why",
                PIPELINE, at(NOW))).hasMessage("stage: only a won or lost deal can be reopened");
    }

    @Test
    void scheduling_the_next_step_is_checked_and_audited() {
        Deal deal = openDeal();
        NextStep next = new NextStep("Send drawings", NOW.plus(Duration.ofDays(2)));

        DealChange change = deal.scheduleNextStep(next, PIPELINE, at(NOW));

        assertThat(change.deal().nextStep()).isEqualTo(next);
        assertThat(change.events()).singleElement().isInstanceOf(NextStepScheduled.class);
        assertThat(change.audit().get(0).newValue()).contains("Send drawings");
        assertThatThrownBy(() -> deal.scheduleNextStep(new NextStep("Later", NOW.minusSeconds(1)), PIPELINE,
                at(NOW))).hasMessage("nextStep.due: must be in the future");
        assertThatThrownBy(() -> new NextStep(" ", NOW)).hasMessage("nextStep.action: say what happens next");
    }

    @Test
    void a_transfer_of_ownership_needs_a_reason_and_is_recorded() {
        Deal deal = openDeal();
        assertThatThrownBy(() -> deal.reassign(MIKE, "", at(NOW))).hasMessage("reason: a reason is required");
        assertThatThrownBy(() -> deal.reassign(RITA, "why", at(NOW)))
                .hasMessage("owner: the deal already belongs to rita");

        DealChange change = deal.reassign(MIKE, "Rita moves to the Asia team", at(NOW));

        assertThat(change.deal().owner()).isEqualTo(MIKE);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(OwnerChanged.class, e -> {
            assertThat(e.previousOwner()).isEqualTo(RITA);
            assertThat(e.newOwner()).isEqualTo(MIKE);
            assertThat(e.reason()).isEqualTo("Rita moves to the Asia team");
        });
        assertThat(change.audit()).singleElement().satisfies(entry -> {
            assertThat(entry.field()).isEqualTo("owner");
            assertThat(entry.oldValue()).isEqualTo("rita");
            assertThat(entry.newValue()).isEqualTo("mike");
            assertThat(entry.reason()).isEqualTo("Rita moves to the Asia team");
        });
    }

    @Test
    void field_edits_are_audited_one_entry_per_changed_field_and_are_not_activity() {
        Deal deal = openDeal();
        ContactId buyer = ContactId.newId();

        DealChange change = deal.edit(DealEdit.none().amount(Money.of("1000", "EUR")).primaryContact(buyer)
                .expectedClose(LocalDate.of(2026, 5, 31)), at(NOW.plusSeconds(3600)));

        assertThat(change.audit()).extracting(AuditEntry::field)
                .containsExactly("primaryContact", "amount", "expectedClose");
        assertThat(change.audit().get(1).oldValue()).isNull();
        assertThat(change.audit().get(1).newValue()).isEqualTo("1000.00 EUR");
        assertThat(change.deal().lastActivityAt()).isEqualTo(deal.lastActivityAt());
    }

    @Test
    void editing_a_closed_deal_rewrites_history_and_needs_a_reason() {
        Deal lost = openDeal().lose(new LossReason(LossCategory.TRUST, "no track record", null), PIPELINE, at(NOW))
                .deal();

        assertThatThrownBy(() -> lost.edit(DealEdit.none().amount(Money.of("10", "USD")), at(NOW)))
                .hasMessage("reason: a reason is required");
        DealChange edited = lost.edit(DealEdit.none().amount(Money.of("10", "USD")).because("typo in the quote"),
                at(NOW));
        assertThat(edited.audit()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("typo in the quote"));
    }

    @Test
    void the_currency_of_a_deal_is_not_edited_away() {
        Deal deal = readyForQuote();
        assertThatThrownBy(() -> deal.edit(DealEdit.none().amount(Money.of("1", "EUR")), at(NOW)))
                .hasMessageStartingWith("amount: keep the deal's currency USD");
    }

    @Test
    void the_weighted_amount_uses_the_stage_probability_or_the_deal_override() {
        Deal deal = readyForQuote().moveTo(StageId.of("quote"), null, PIPELINE, at(NOW)).deal();
        var quote = PIPELINE.stageOrThrow(StageId.of("quote"));

        assertThat(deal.weightedAmount(quote)).contains(Money.of("19200", "USD"));
        assertThat(deal.edit(DealEdit.none().probabilityOverride(90), at(NOW)).deal().weightedAmount(quote))
                .contains(Money.of("43200", "USD"));
        assertThat(openDeal().weightedAmount(quote)).isEmpty();
    }

    @Test
    void a_logged_activity_moves_the_activity_clock_forward_only() {
        Deal deal = openDeal();
        assertThat(deal.activityAt(NOW.plusSeconds(10)).lastActivityAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(deal.activityAt(NOW.minusSeconds(10)).lastActivityAt()).isEqualTo(NOW);
    }

    @Test
    void titles_and_amounts_are_checked() {
        assertThatThrownBy(() -> Deal.open(NewDeal.of(" ", AccountId.newId(), RITA, nextStepIn(Duration.ofDays(1))),
                PIPELINE, at(NOW))).hasMessage("title: a deal needs a title");
        assertThatThrownBy(() -> openDeal().edit(DealEdit.none().amount(Money.of("-5", "USD")), at(NOW)))
                .hasMessage("amount: must not be negative");
        assertThatThrownBy(() -> openDeal().edit(DealEdit.none().probabilityOverride(101), at(NOW)))
                .hasMessage("probabilityOverride: must be between 0 and 100");
    }
}
