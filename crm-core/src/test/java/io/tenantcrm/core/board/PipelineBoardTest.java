package io.tenantcrm.core.board;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.NextStep;
import io.tenantcrm.core.health.HealthColor;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.ConversionTerms;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineBoardTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UserId RITA = UserId.of("rita");
    static final UserId MIKE = UserId.of("mike");
    static final UserId MARA = UserId.of("mara");
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    final InMemoryCrm store = new InMemoryCrm().actAs(ACME, RITA);
    final CrmPorts ports = store.ports(TenantConfiguration.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    final Crm crm = new Crm(ports);
    final PipelineBoard board = new PipelineBoard(store.deals(), TenantConfiguration.defaults(), ports.unitOfWork(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void every_open_stage_is_a_column_in_the_pipelines_order_with_its_deals_count_and_value() {
        deal("a@buyer.test", "12000", "USD");
        deal("b@buyer.test", "3000.50", "USD");
        deal("c@buyer.test", "8000", "EUR");

        PipelineBoard.Board seen = board.of(ACME, RecordScope.of(RITA, Set.of(CrmRole.SALES_REP), () -> null));

        assertThat(seen.columns()).extracting(column -> column.stage().id().value())
                .containsExactly("inquiry", "needs-confirmed", "quote", "negotiation", "sample-trial");
        PipelineBoard.Column inquiry = seen.columns().get(0);
        assertThat(inquiry.cards()).hasSize(3);
        assertThat(inquiry.value()).containsExactly(Money.of("15000.50", "USD"), Money.of("8000", "EUR"));
        assertThat(seen.columns().get(1).cards()).isEmpty();
    }

    @Test
    void a_deal_whose_next_step_slipped_is_rated_worse_and_comes_first() {
        Deal fresh = deal("fresh@buyer.test", "1000", "USD", NOW.plus(Duration.ofDays(3)));
        Deal overdue = deal("late@buyer.test", "1000", "USD", NOW.plus(Duration.ofHours(1)));
        PipelineBoard twoDaysLater = new PipelineBoard(store.deals(), TenantConfiguration.defaults(),
                ports.unitOfWork(), Clock.fixed(NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC));

        List<PipelineBoard.Card> cards = twoDaysLater.of(ACME,
                RecordScope.of(RITA, Set.of(CrmRole.SALES_REP), () -> null)).columns().get(0).cards();

        assertThat(cards.get(0).deal().id()).isEqualTo(overdue.id());
        assertThat(cards.get(0).health().color()).isNotEqualTo(HealthColor.GREEN);
        assertThat(cards.get(0).health().signals()).isNotEmpty();
        assertThat(cards.get(1).deal().id()).isEqualTo(fresh.id());
    }

    @Test
    void a_manager_sees_their_team_and_a_rep_only_their_own() {
        Deal ritas = deal("r@buyer.test", "1000", "USD");
        store.actAs(ACME, MIKE);
        Deal mikes = deal("m@buyer.test", "1000", "USD");
        store.actAs(ACME, MARA);
        Deal maras = deal("x@buyer.test", "1000", "USD");

        RecordScope manager = RecordScope.of(MARA, Set.of(CrmRole.SALES_MANAGER), () -> new SalesTeam(MARA, Set.of(RITA)));
        assertThat(board.of(ACME, manager).columns().get(0).cards()).extracting(card -> card.deal().id())
                .containsExactlyInAnyOrder(ritas.id(), maras.id());
        RecordScope mike = RecordScope.of(MIKE, Set.of(CrmRole.SALES_REP), () -> null);
        assertThat(board.of(ACME, mike).columns().get(0).cards()).extracting(card -> card.deal().id())
                .containsExactly(mikes.id());
        RecordScope admin = RecordScope.of(MARA, Set.of(CrmRole.TENANT_ADMIN), () -> null);
        assertThat(board.of(ACME, admin).columns().get(0).cards()).hasSize(3);
    }

    private Deal deal(String email, String amount, String currency) {
        return deal(email, amount, currency, NOW.plus(Duration.ofDays(1)));
    }

    private Deal deal(String email, String amount, String currency, Instant nextStepDue) {
        Lead lead = crm.leadIntake().receive(new NewLead(SourceChannel.TRADE_SHOW, null, NOW.minusSeconds(60),
                new ContactDetails("Buyer " + email, "Company " + email, EmailAddress.of(email), null, null),
                CountryCode.of("DE"), null, null, List.of()));
        Deal deal = crm.leadConversion().convert(lead.id(), null, ConversionTerms.of("Deal " + email,
                new NextStep("Call back", nextStepDue)).withAmount(Money.of(amount, currency))).deal().deal();
        assertThat(deal.stage()).isEqualTo(StageId.of("inquiry"));
        return deal;
    }
}
