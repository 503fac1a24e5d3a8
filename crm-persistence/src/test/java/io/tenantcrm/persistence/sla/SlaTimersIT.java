package io.tenantcrm.persistence.sla;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.access.SalesTeam;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.sla.SlaClocks;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.access.JpaSalesTeams;
import io.tenantcrm.persistence.account.JpaAccountRepository;
import io.tenantcrm.persistence.activity.JpaActivityRepository;
import io.tenantcrm.persistence.activity.JpaTaskRepository;
import io.tenantcrm.persistence.deal.JpaDealRepository;
import io.tenantcrm.persistence.lead.JpaLeadRepository;
import io.tenantcrm.persistence.tenancy.DueClaims;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SLA timers on real PostgreSQL: a lead's ladder is stored once, schedulers that wake long after the due times
 * (downtime) fire each timer exactly once even when two race, a dead scheduler's claims are taken over, and the
 * owner's reply cancels the first-response ladder.
 */
class SlaTimersIT {

    static final UserId RITA = UserId.of("rita");
    static final UserId MARA = UserId.of("mara");

    PostgresFixture postgres;
    ActingUser acting;
    LocalTransactions transactions;
    Crm crm;
    TenantId tenant;
    DueTimers due;
    Instant later;

    @BeforeEach
    void aTenantWithATeam() {
        postgres = PostgresFixture.shared();
        tenant = postgres.newTenant("timed");
        acting = new ActingUser();
        acting.actAs(tenant, RITA);
        transactions = new LocalTransactions(postgres.units(), acting);
        crm = new Crm(JpaCrm.ports(transactions, transactions, events -> { }, acting, TenantConfiguration.defaults(),
                Clock.systemUTC()));
        transactions.inTransaction(() -> {
            new JpaSalesTeams(transactions, Clock.systemUTC()).save(tenant, new SalesTeam(MARA, Set.of(RITA)));
            return null;
        });
        due = new DueTimers(postgres.appDataSource());
        later = Instant.now().plus(Duration.ofDays(30)); // the service was down past every due time
    }

    private SlaClocks clocks(Clock clock) {
        CrmPorts ports = JpaCrm.ports(transactions, transactions, events -> { }, acting,
                TenantConfiguration.defaults(), clock);
        return new SlaClocks(new SlaClocks.Ports(new JpaSlaTimers(transactions), new JpaLeadRepository(transactions),
                new JpaDealRepository(transactions), new JpaAccountRepository(transactions),
                new JpaTaskRepository(transactions), new JpaActivityRepository(transactions),
                new JpaSalesTeams(transactions, clock), ports.configuration()),
                new Recorder(transactions, ports.auditLog(), ports.events(), acting, clock));
    }

    private Lead ritasLead(String email) {
        Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("Ola Nord",
                "Nord AS", EmailAddress.of(email), null), CountryCode.of("NO"), "pumps"));
        return crm.leadTriage().assign(lead.id(), RITA, "territory");
    }

    @Test
    void two_schedulers_waking_after_downtime_fire_each_timer_exactly_once() throws Exception {
        Lead lead = ritasLead("ola@nord.test");
        assertThat(clocks(Clock.systemUTC()).started(lead)).hasSize(4);
        assertThat(clocks(Clock.systemUTC()).started(lead)).as("started twice").hasSize(4);
        assertThat(transactions.inTransaction(() -> new JpaSlaTimers(transactions).of(tenant, lead.ref())))
                .as("stored once").hasSize(4);

        SlaClocks atLater = clocks(Clock.fixed(later, ZoneOffset.UTC));
        ExecutorService schedulers = Executors.newFixedThreadPool(2);
        List<SlaClocks.Fired> fired = java.util.Collections.synchronizedList(new ArrayList<>());
        Set<String> claimants = ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String name : List.of("scheduler-a", "scheduler-b")) {
                runs.add(schedulers.submit(() -> {
                    for (DueClaims.Claimed claimed : due.claim(later, 100, name, Duration.ofMinutes(5))) {
                        if (!claimed.tenant().equals(tenant)) {
                            continue; // another test's tenant: not this scheduler's business here
                        }
                        claimants.add(name);
                        atLater.fire(claimed.id()).ifPresent(fired::add);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            schedulers.shutdownNow();
        }

        assertThat(fired).hasSize(4);
        assertThat(fired).extracting(f -> f.timer().id()).doesNotHaveDuplicates();
        assertThat(fired).extracting(f -> f.told().orElse(null)).containsExactlyInAnyOrder(RITA, MARA, MARA, RITA);
        assertThat(transactions.inTransaction(() -> new JpaSlaTimers(transactions).of(tenant, lead.ref())))
                .allSatisfy(timer -> assertThat(timer.firedAt()).isNotNull());
        assertThat(due.claim(later, 100, "scheduler-c", Duration.ofMinutes(5)))
                .extracting(DueClaims.Claimed::tenant).doesNotContain(tenant);
        var timeline = crm.timeline().of(lead.ref(), new PageRequest(50, null)).items();
        assertThat(timeline).filteredOn(a -> a.summary().startsWith("SLA: first response")).hasSize(3);
        assertThat(crm.tasks().mine(new PageRequest(50, null)).items())
                .extracting(t -> t.title()).contains("Answer Ola Nord: first response overdue");
    }

    @Test
    void a_dead_schedulers_claims_are_taken_over_when_their_lease_runs_out_and_fired_once() {
        Lead lead = ritasLead("kari@nord.test");
        clocks(Clock.systemUTC()).started(lead);
        List<DueClaims.Claimed> died = due.claim(later, 1000, "died", Duration.ofSeconds(1)).stream()
                .filter(c -> c.tenant().equals(tenant)).toList();
        assertThat(died).hasSize(4);
        assertThat(due.claim(later, 1000, "waiting", Duration.ofMinutes(5))).extracting(DueClaims.Claimed::tenant)
                .as("held by the first claim").doesNotContain(tenant);

        Instant afterLease = later.plusSeconds(2);
        SlaClocks clocks = clocks(Clock.fixed(afterLease, ZoneOffset.UTC));
        long fired = due.claim(afterLease, 1000, "survivor", Duration.ofMinutes(5)).stream()
                .filter(c -> c.tenant().equals(tenant)).map(c -> clocks.fire(c.id())).filter(f -> f.isPresent())
                .count();
        assertThat(fired).isEqualTo(4);
        assertThat(died.stream().map(c -> clocks.fire(c.id())).filter(f -> f.isPresent()).count())
                .as("the dead scheduler coming back late fires nothing").isZero();
    }

    @Test
    void the_owners_reply_stops_the_first_response_clock() {
        Lead lead = ritasLead("per@nord.test");
        SlaClocks clocks = clocks(Clock.systemUTC());
        clocks.started(lead);

        var call = crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(lead.ref()), null, "Called Per");
        clocks.activityLogged(call);

        List<SlaTimer> timers = transactions.inTransaction(() -> new JpaSlaTimers(transactions).of(tenant,
                lead.ref()));
        assertThat(timers).filteredOn(t -> t.clock() == SlaTimer.Clock.FIRST_RESPONSE)
                .allSatisfy(t -> assertThat(t.cancelledAt()).isNotNull());
        assertThat(timers).filteredOn(t -> t.clock() == SlaTimer.Clock.INITIAL_PROPOSAL)
                .allSatisfy(t -> assertThat(t.isPending()).isTrue());
        assertThat(clocks.clocksOf(lead)).filteredOn(c -> c.name().equals("first response"))
                .singleElement().satisfies(c -> assertThat(c.kept()).isPresent());
        assertThat(due.claim(later, 1000, "after-reply", Duration.ofMinutes(5)).stream()
                .filter(c -> c.tenant().equals(tenant))).hasSize(1);
    }


    @Test
    void a_deal_left_alone_past_its_stages_rotting_days_asks_to_be_closed_and_a_touch_restarts_the_clock() {
        Lead lead = ritasLead("siv@nord.test");
        var deal = crm.leadConversion().convert(lead.id(), null, io.tenantcrm.core.lead.ConversionTerms.of("Pumps",
                new io.tenantcrm.core.deal.NextStep("Call", Instant.now().plus(Duration.ofDays(1))))).deal().deal();
        SlaClocks clocks = clocks(Clock.systemUTC());
        clocks.dealTouched(deal.id());
        clocks.dealTouched(deal.id());

        var timers = transactions.inTransaction(() -> new JpaSlaTimers(transactions).of(tenant, deal.ref()));
        assertThat(timers).filteredOn(t -> t.clock() == SlaTimer.Clock.ROTTING).hasSize(2)
                .filteredOn(SlaTimer::isPending).singleElement().satisfies(t -> assertThat(t.dueAt())
                        .isAfter(deal.lastActivityAt()));

        SlaClocks atLater = clocks(Clock.fixed(later, ZoneOffset.UTC));
        List<SlaClocks.Fired> fired = due.claim(later, 1000, "rotting", Duration.ofMinutes(5)).stream()
                .filter(c -> c.tenant().equals(tenant)).map(c -> atLater.fire(c.id())).flatMap(java.util.Optional::stream)
                .filter(f -> f.timer().clock() == SlaTimer.Clock.ROTTING).toList();
        assertThat(fired).singleElement().satisfies(f -> {
            assertThat(f.told()).contains(RITA);
            assertThat(f.note()).containsPattern("^Rotting: no activity on this deal for (29|30) days");
        });
        assertThat(crm.tasks().mine(new PageRequest(100, null)).items()).extracting(t -> t.title())
                .anyMatch(title -> title.matches("No news on Pumps for (29|30) days: close it as lost, with a reason\\?"));
    }

    @Test
    void a_quote_sent_schedules_follow_ups_at_nine_in_the_customers_time_zone() {
        Lead lead = ritasLead("eva@nord.test");
        var converted = crm.leadConversion().convert(lead.id(), null, io.tenantcrm.core.lead.ConversionTerms.of(
                "Valves", new io.tenantcrm.core.deal.NextStep("Call", Instant.now().plus(Duration.ofDays(1)))));
        var deal = converted.deal().deal();
        java.time.ZoneId oslo = java.time.ZoneId.of("Europe/Oslo");
        crm.accounts().edit(deal.account(), io.tenantcrm.core.account.AccountEdit.none().locale(oslo, null));
        SlaClocks clocks = clocks(Clock.systemUTC());

        var quote = crm.timeline().log(ActivityType.QUOTE_SENT, Direction.OUTBOUND, List.of(deal.ref()), null,
                "Quote Q-7");
        clocks.activityLogged(quote);

        List<SlaTimer> followUps = transactions.inTransaction(() -> new JpaSlaTimers(transactions).of(tenant,
                deal.ref())).stream().filter(t -> t.clock() == SlaTimer.Clock.QUOTE_FOLLOW_UP).toList();
        assertThat(followUps).hasSize(2).allSatisfy(t -> {
            assertThat(t.dueAt().atZone(oslo).toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 0));
            assertThat(t.dueAt().atZone(oslo).getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY,
                    java.time.DayOfWeek.SUNDAY);
        });
        SlaClocks atLater = clocks(Clock.fixed(later, ZoneOffset.UTC));
        followUps.forEach(t -> atLater.fire(t.id()));
        assertThat(crm.tasks().mine(new PageRequest(100, null)).items()).extracting(t -> t.title())
                .filteredOn(title -> title.equals("Follow up on the quote for Valves")).hasSize(2);
    }
}
