package io.tenantcrm.core.sla;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.Task;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import io.tenantcrm.core.testkit.SteppingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlaClocksTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UserId RITA = UserId.of("rita");
    static final UserId MAX = UserId.of("max");
    static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");

    final InMemoryCrm store = new InMemoryCrm().actAs(ACME, RITA);
    final SteppingClock clock = new SteppingClock(MONDAY);
    final TenantConfiguration configuration = TenantConfiguration.defaults();
    final Crm crm = new Crm(store.ports(configuration, clock));
    final SlaClocks clocks = new SlaClocks(new SlaClocks.Ports(store.slaTimers(), store.leads(), store.deals(),
            store.accounts(), store.tasks(), store.activities(), store.salesTeams(), configuration),
            new Recorder(store, store, store, store, clock));

    @Test
    void a_missed_first_response_climbs_the_ladder_and_says_each_step_as_a_code_a_screen_translates() {
        store.salesTeams().save(ACME, new SalesTeam(MAX, Set.of(RITA)));
        Lead lead = crm.leadIntake().receive(new NewLead(SourceChannel.TRADE_SHOW, null, MONDAY,
                new ContactDetails("Wang Wei", "Ningbo Hardware Co., Ltd", EmailAddress.of("wang.wei@ningbohw.cn"),
                        null, null), CountryCode.of("CN"), null, null, List.of()));
        lead = crm.leadTriage().assign(lead.id(), RITA, "trade show booth");
        store.publishedEvents().forEach(clocks::on);

        clock.advance(Duration.ofDays(1));
        List<SlaTimer> due = store.slaTimers().of(ACME, lead.ref()).stream()
                .filter(t -> t.clock() == SlaTimer.Clock.FIRST_RESPONSE)
                .sorted(Comparator.comparing(SlaTimer::step)).toList();
        assertThat(due).hasSize(3);
        due.forEach(timer -> assertThat(clocks.fire(timer.id())).isPresent());

        assertThat(store.activities().timelineOf(ACME, lead.ref(), io.tenantcrm.core.shared.PageRequest.first(10)).items())
                .extracting(Activity::wording).filteredOn(w -> w != null && w.code().startsWith("sla-"))
                .containsExactlyInAnyOrder(
                        new Wording("sla-first-response-overdue", Map.of("who", "Wang Wei", "told", "owner",
                                "recipient", "rita")),
                        new Wording("sla-first-response-escalated", Map.of("who", "Wang Wei", "minutes", "30",
                                "told", "manager", "recipient", "max")),
                        new Wording("sla-first-response-escalated", Map.of("who", "Wang Wei", "minutes", "120",
                                "told", "fallback", "recipient", "max")));
        assertThat(store.tasks().tasksAbout(ACME, lead.ref())).extracting(Task::wording)
                .as("the owner, then the manager twice: each a task said in words")
                .containsOnly(new Wording("answer-lead", Map.of("who", "Wang Wei")))
                .hasSize(3);
        assertThat(store.tasks().tasksAbout(ACME, lead.ref())).extracting(Task::title)
                .containsOnly("Answer Wang Wei: first response overdue");
    }

    @Test
    void the_clocks_follow_the_events_a_reply_by_the_owner_keeps_the_promise_wherever_it_was_logged() {
        Lead lead = crm.leadIntake().receive(new NewLead(SourceChannel.EMAIL, null, MONDAY,
                new ContactDetails("Maria Garcia", "Valencia Tools SL", EmailAddress.of("maria@valenciatools.es"),
                        null, null), CountryCode.of("ES"), null, null, List.of()));
        lead = crm.leadTriage().assign(lead.id(), RITA, "Spain");
        crm.timeline().log(io.tenantcrm.core.activity.ActivityType.EMAIL, io.tenantcrm.core.activity.Direction.OUTBOUND,
                List.of(lead.ref()), null, "Re: prices for 20 drills");
        store.publishedEvents().forEach(clocks::on);

        List<SlaTimer> timers = store.slaTimers().of(ACME, lead.ref());
        assertThat(timers).filteredOn(t -> t.clock() == SlaTimer.Clock.FIRST_RESPONSE).isNotEmpty()
                .allSatisfy(t -> assertThat(t.isPending()).as("kept by the reply").isFalse());
        assertThat(timers).filteredOn(t -> t.clock() == SlaTimer.Clock.INITIAL_PROPOSAL)
                .singleElement().satisfies(t -> assertThat(t.isPending()).isTrue());
    }

    @Test
    void an_inquiry_of_last_spring_imported_today_starts_no_clock_whose_every_step_is_past() {
        Lead old = crm.leadIntake().receive(new NewLead(SourceChannel.TRADE_SHOW, "Canton Fair 2026",
                Instant.parse("2026-04-20T09:00:00Z"), new ContactDetails("John Smith", "Smith Imports Ltd",
                EmailAddress.of("john@smithimports.co.uk"), null, null), CountryCode.of("GB"), null, null,
                List.of()));
        store.publishedEvents().forEach(clocks::on);

        assertThat(store.slaTimers().of(ACME, old.ref())).isEmpty();
    }

    @Test
    void nobody_told_is_said_too() {
        Lead lead = crm.leadIntake().receive(new NewLead(SourceChannel.WEB_FORM, null, MONDAY,
                new ContactDetails("Li Na", null, EmailAddress.of("li.na@example.cn"), null, null),
                CountryCode.of("CN"), null, null, List.of()));
        store.publishedEvents().forEach(clocks::on);
        clock.advance(Duration.ofDays(1));
        SlaTimer first = store.slaTimers().of(ACME, lead.ref()).stream()
                .filter(t -> t.clock() == SlaTimer.Clock.FIRST_RESPONSE && t.step() == 0).findFirst().orElseThrow();

        assertThat(clocks.fire(first.id()).orElseThrow().told()).isEmpty();
        assertThat(store.activities().timelineOf(ACME, lead.ref(), io.tenantcrm.core.shared.PageRequest.first(10)).items())
                .extracting(Activity::wording).filteredOn(w -> w != null)
                .containsExactly(new Wording("sla-first-response-overdue", Map.of("who", "Li Na", "told", "nobody")));
        assertThat(store.tasks().tasksAbout(ACME, lead.ref())).isEmpty();
    }
}
