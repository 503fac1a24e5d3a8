package io.tenantcrm.persistence.assignment;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.CrmPorts;
import io.tenantcrm.core.assignment.Assignment;
import io.tenantcrm.core.assignment.AssignmentPolicy;
import io.tenantcrm.core.assignment.AssignmentRule;
import io.tenantcrm.core.assignment.AssignmentTarget;
import io.tenantcrm.core.assignment.Availability;
import io.tenantcrm.core.assignment.LeadRouting;
import io.tenantcrm.core.assignment.PersonSchedule;
import io.tenantcrm.core.assignment.SalesPool;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.lead.ContactDetails;
import io.tenantcrm.core.lead.Lead;
import io.tenantcrm.core.lead.NewLead;
import io.tenantcrm.core.scoring.Grade;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.persistence.ActingUser;
import io.tenantcrm.persistence.JpaCrm;
import io.tenantcrm.persistence.PostgresFixture;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Assignment on real PostgreSQL: the policy stored and read back, and round robin fair under concurrent intake. */
class AssignmentIT {

    static final List<UserId> REPS = List.of(UserId.of("rep-1"), UserId.of("rep-2"), UserId.of("rep-3"),
            UserId.of("rep-4"));
    static final UserId MARA = UserId.of("mara");

    PostgresFixture postgres;
    ActingUser acting;
    LocalTransactions transactions;
    Crm crm;
    LeadRouting routing;
    JpaAssignmentPolicies policies;
    TenantId tenant;

    @BeforeEach
    void tenantWithAPool() {
        postgres = PostgresFixture.shared();
        tenant = postgres.newTenant("routed");
        acting = new ActingUser();
        acting.actAs(tenant, MARA);
        transactions = new LocalTransactions(postgres.units(), acting);
        CrmPorts ports = JpaCrm.ports(transactions, transactions, events -> { }, acting,
                TenantConfiguration.defaults(), Clock.systemUTC());
        crm = new Crm(ports);
        policies = new JpaAssignmentPolicies(transactions, Clock.systemUTC());
        routing = new LeadRouting(policies, new JpaPoolStates(transactions), ports.leads(), ports.configuration(),
                new Recorder(transactions, ports.auditLog(), ports.events(), acting, Clock.systemUTC()));
    }

    @Test
    void a_policy_is_stored_whole_and_read_back_equal() {
        AssignmentPolicy policy = AssignmentPolicy.of(List.of(
                        new AssignmentRule("Nordics", Set.of(CountryCode.of("SE"), CountryCode.of("NO")), Set.of("pumps"),
                                Set.of(SourceChannel.TRADE_SHOW), Set.of(Grade.A, Grade.B), AssignmentTarget.pool("north")),
                        new AssignmentRule("Everything else", Set.of(), Set.of(), Set.of(), Set.of(),
                                AssignmentTarget.person(MARA))),
                List.of(new SalesPool("north", REPS, SalesPool.Distribution.LEAST_LOADED, 20)),
                AssignmentTarget.person(MARA));

        transactions.inTransaction(() -> {
            policies.save(tenant, policy);
            return null;
        });

        assertThat(transactions.inTransaction(() -> policies.of(tenant))).contains(policy);
    }

    @Test
    void two_hundred_concurrent_intakes_into_a_round_robin_pool_of_four_give_fifty_each() throws Exception {
        transactions.inTransaction(() -> {
            policies.save(tenant, AssignmentPolicy.of(List.of(), List.of(new SalesPool("everyone", REPS,
                    SalesPool.Distribution.ROUND_ROBIN, null)), AssignmentTarget.pool("everyone")));
            return null;
        });
        ExecutorService intake = Executors.newFixedThreadPool(8);
        AtomicInteger sequence = new AtomicInteger();
        Map<UserId, AtomicInteger> counts = new ConcurrentHashMap<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                done.add(intake.submit(() -> {
                    Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of(
                            "Buyer", "Buyer AB", EmailAddress.of("buyer" + sequence.incrementAndGet() + "@ab.test"),
                            null), CountryCode.of("SE"), "pumps"));
                    Assignment assignment = routing.route(lead.id(), Availability.everyone());
                    counts.computeIfAbsent(assignment.assignee(), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            intake.shutdownNow();
        }

        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(REPS);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(50));
    }

    @Test
    void schedules_are_stored_per_person_and_a_rep_on_leave_is_skipped() {
        JpaPersonSchedules schedules = new JpaPersonSchedules(transactions, Clock.systemUTC());
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        PersonSchedule away = new PersonSchedule(io.tenantcrm.core.sla.BusinessHours.always(
                java.time.ZoneId.of("Europe/Oslo")), List.of(new Availability.Leave(today.minusDays(1),
                today.plusDays(1))));
        transactions.inTransaction(() -> {
            schedules.save(tenant, REPS.get(0), away);
            policies.save(tenant, AssignmentPolicy.of(List.of(), List.of(new SalesPool("everyone", REPS,
                    SalesPool.Distribution.ROUND_ROBIN, null)), AssignmentTarget.pool("everyone")));
            return null;
        });
        assertThat(transactions.inTransaction(() -> schedules.of(tenant, REPS.get(0)))).contains(away);

        Availability availability = Availability.of(Set.of(), transactions.inTransaction(() -> schedules.of(tenant)));
        Lead lead = crm.leadIntake().receive(NewLead.of(SourceChannel.WEB_FORM, ContactDetails.of("Buyer",
                "Buyer AB", EmailAddress.of("leave@ab.test"), null), CountryCode.of("SE"), "pumps"));
        Assignment assignment = routing.route(lead.id(), availability);

        assertThat(assignment.assignee()).isEqualTo(REPS.get(1));
        assertThat(assignment.reason()).contains("rep-1 is on leave until " + today.plusDays(1));
    }
}
