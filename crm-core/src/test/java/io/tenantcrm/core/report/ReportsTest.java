package io.tenantcrm.core.report;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.account.ContactId;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.ActivityId;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.deal.LossCategory;
import io.tenantcrm.core.deal.LossReason;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.LeadId;
import io.tenantcrm.core.lead.LeadStatus;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UserId RITA = UserId.of("rita");
    static final UserId MIKE = UserId.of("mike");
    static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofDays(28));
    static final Pipeline PIPELINE = Pipeline.defaultB2bExport();

    static Instant day(int day, int hour) {
        return FROM.plus(Duration.ofDays(day - 1)).plus(Duration.ofHours(hour));
    }

    static Lead lead(SourceChannel source, Instant received, LeadStatus status, UserId owner, DealId deal) {
        Lead.Conversion conversion = deal == null ? null : new Lead.Conversion(AccountId.newId(), ContactId.newId(), deal);
        return new Lead(ACME, LeadId.newId(), 1, source, null, received,
                ContactDetails.of("Buyer", null, EmailAddress.of("buyer@example.com"), null), null, null, null,
                List.of(), status, null, owner, conversion, null, received);
    }

    static Deal deal(DealId id, String stage, DealStatus status, UserId owner, String amount, Instant entered,
                     LossReason loss) {
        return new Deal(ACME, id, 1, "Deal", AccountId.newId(), null, amount == null ? null : Money.of(amount, "USD"),
                null, null, null, null, null, null, PIPELINE.id(), StageId.of(stage), status, entered, owner,
                status == DealStatus.OPEN ? new NextStep("Call", TO) : null, loss, null, FROM, entered);
    }

    @Test
    void lead_sources_show_volume_qualified_rate_and_win_rate_per_channel() {
        DealId won = DealId.newId();
        DealId open = DealId.newId();
        List<Lead> leads = List.of(
                lead(SourceChannel.MARKETPLACE, day(2, 9), LeadStatus.QUALIFIED, RITA, null),
                lead(SourceChannel.MARKETPLACE, day(3, 9), LeadStatus.CONVERTED, RITA, won),
                lead(SourceChannel.MARKETPLACE, day(4, 9), LeadStatus.CONVERTED, RITA, open),
                lead(SourceChannel.MARKETPLACE, day(5, 9), LeadStatus.NEW, RITA, null),
                lead(SourceChannel.TRADE_SHOW, day(6, 9), LeadStatus.DISQUALIFIED, MIKE, null),
                lead(SourceChannel.TRADE_SHOW, FROM.minusSeconds(1), LeadStatus.CONVERTED, MIKE, won)); // before

        List<LeadSourceReport.Line> lines = LeadSourceReport.of(leads,
                Map.of(won, DealStatus.WON, open, DealStatus.OPEN), FROM, TO);

        assertThat(lines).containsExactly(
                new LeadSourceReport.Line(SourceChannel.MARKETPLACE, 4, 3, 1),
                new LeadSourceReport.Line(SourceChannel.TRADE_SHOW, 1, 0, 0));
        assertThat(lines.get(0).qualifiedRate()).isEqualTo(0.75);
        assertThat(lines.get(0).winRate()).isEqualTo(0.25);
    }

    @Test
    void stalls_show_per_stage_moves_median_days_and_loss_reasons() {
        DealId a = DealId.newId();
        DealId b = DealId.newId();
        DealId c = DealId.newId();
        List<StageTransition> history = List.of(
                new StageTransition(ACME, a, null, StageId.of("inquiry"), day(1, 0), RITA),
                new StageTransition(ACME, a, StageId.of("inquiry"), StageId.of("quote"), day(3, 0), RITA),
                new StageTransition(ACME, a, StageId.of("quote"), StageId.of("lost"), day(13, 0), RITA),
                new StageTransition(ACME, b, null, StageId.of("inquiry"), day(2, 0), RITA),
                new StageTransition(ACME, b, StageId.of("inquiry"), StageId.of("needs-confirmed"), day(6, 0), RITA),
                new StageTransition(ACME, b, StageId.of("needs-confirmed"), StageId.of("inquiry"), day(7, 0), RITA),
                new StageTransition(ACME, c, null, StageId.of("inquiry"), day(2, 0), RITA),
                new StageTransition(ACME, c, StageId.of("inquiry"), StageId.of("lost"), day(4, 0), RITA));
        LossReason price = new LossReason(LossCategory.PRICE, "competitor cheaper", null);
        List<Deal> deals = List.of(
                deal(a, "lost", DealStatus.LOST, RITA, "100", day(13, 0), price),
                deal(c, "lost", DealStatus.LOST, RITA, "100", day(4, 0), price),
                deal(b, "inquiry", DealStatus.OPEN, RITA, null, day(7, 0), null));

        StallReport.Result report = StallReport.of(PIPELINE, history, deals, FROM, TO);

        StallReport.StageLine inquiry = report.stages().get(0);
        assertThat(inquiry.left()).isEqualTo(3);     // a to quote, b to needs confirmed, c lost
        assertThat(inquiry.forward()).isEqualTo(2);
        assertThat(inquiry.lost()).isEqualTo(1);
        assertThat(inquiry.medianDaysInStage()).isEqualTo(2.0); // 2, 4, 2 days
        assertThat(inquiry.conversionRate()).isCloseTo(0.667, org.assertj.core.api.Assertions.within(0.001));
        StallReport.StageLine needsConfirmed = report.stages().get(1);
        assertThat(needsConfirmed.back()).isEqualTo(1);
        StallReport.StageLine quote = report.stages().get(2);
        assertThat(quote.lost()).isEqualTo(1);
        assertThat(quote.medianDaysInStage()).isEqualTo(10.0);
        assertThat(report.losses()).containsExactly(
                new StallReport.LossLine(LossCategory.PRICE, "competitor cheaper", 2));
    }

    @Test
    void contributions_show_first_response_follow_up_density_and_won_amount() {
        Lead answered = lead(SourceChannel.WEB_FORM, day(2, 9), LeadStatus.WORKING, RITA, null);
        Lead answeredLater = lead(SourceChannel.WEB_FORM, day(3, 9), LeadStatus.WORKING, RITA, null);
        Lead unanswered = lead(SourceChannel.WEB_FORM, day(4, 9), LeadStatus.NEW, RITA, null);
        DealId open = DealId.newId();
        RecordRef openRef = new RecordRef(RecordType.DEAL, open.toString());
        List<Activity> activities = List.of(
                touch(RITA, Direction.OUTBOUND, day(2, 10), answered.ref()),       // 1 h
                touch(MIKE, Direction.OUTBOUND, day(3, 10), answeredLater.ref()),  // not the owner
                touch(RITA, Direction.OUTBOUND, day(3, 12), answeredLater.ref()),  // 3 h
                touch(RITA, Direction.OUTBOUND, day(5, 12), openRef),
                touch(RITA, Direction.OUTBOUND, day(12, 12), openRef),
                touch(RITA, Direction.INBOUND, day(13, 12), openRef));             // the customer: not a follow-up
        List<Deal> deals = List.of(
                deal(open, "quote", DealStatus.OPEN, RITA, "500", day(5, 0), null),
                deal(DealId.newId(), "order", DealStatus.WON, RITA, "1200", day(20, 0), null),
                deal(DealId.newId(), "order", DealStatus.WON, RITA, "800", day(21, 0), null),
                deal(DealId.newId(), "order", DealStatus.WON, RITA, "999", FROM.minusSeconds(1), null));

        List<ContributionReport.Line> lines = ContributionReport.of(
                List.of(answered, answeredLater, unanswered), activities, deals, FROM, TO);

        ContributionReport.Line rita = lines.stream().filter(l -> l.seller().equals(RITA)).findFirst().orElseThrow();
        assertThat(rita.leadsOwned()).isEqualTo(3);
        assertThat(rita.leadsAnswered()).isEqualTo(2);
        assertThat(rita.medianFirstResponseHours()).isEqualTo(2.0);
        assertThat(rita.touchesPerOpenDealPerWeek()).isEqualTo(0.5); // 2 touches, 1 open deal, 4 weeks
        assertThat(rita.wonAmount()).containsExactly(Map.entry(Currency.getInstance("USD"), new java.math.BigDecimal("2000.00")));
    }

    static Activity touch(UserId by, Direction direction, Instant at, RecordRef about) {
        return new Activity(ACME, ActivityId.newId(), 1, ActivityType.EMAIL, direction, List.of(about), at, by, "");
    }
}
