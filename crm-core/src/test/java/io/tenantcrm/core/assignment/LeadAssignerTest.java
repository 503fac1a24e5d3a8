package io.tenantcrm.core.assignment;

import io.tenantcrm.core.scoring.Grade;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Wording;
import io.tenantcrm.core.sla.BusinessHours;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadAssignerTest {

    static final UserId ANNA = UserId.of("anna");
    static final UserId BEN = UserId.of("ben");
    static final UserId CLARA = UserId.of("clara");
    static final UserId DAN = UserId.of("dan");
    static final UserId MARA = UserId.of("mara-manager");
    static final Instant WEDNESDAY_10_UTC = Instant.parse("2026-11-25T10:00:00Z");

    static final AssignmentRule DACH_VALVES = new AssignmentRule("DACH valves", Set.of(CountryCode.of("DE"),
            CountryCode.of("AT"), CountryCode.of("CH")), Set.of("Valves"), Set.of(), Set.of(),
            AssignmentTarget.pool("dach"));
    static final AssignmentRule HOT_MARKETPLACE = new AssignmentRule("Hot marketplace leads", Set.of(), Set.of(),
            Set.of(SourceChannel.MARKETPLACE), Set.of(Grade.A), AssignmentTarget.person(DAN));
    static final SalesPool DACH = new SalesPool("dach", List.of(ANNA, BEN, CLARA), SalesPool.Distribution.ROUND_ROBIN,
            null);

    static final AssignmentPolicy POLICY = AssignmentPolicy.of(List.of(HOT_MARKETPLACE, DACH_VALVES), List.of(DACH),
            AssignmentTarget.person(MARA));

    static LeadFacts lead(String country, String productLine, SourceChannel source, Grade grade) {
        return new LeadFacts(country == null ? null : CountryCode.of(country), productLine, source, grade);
    }

    @Test
    void the_first_matching_rule_wins_and_says_why() {
        Assignment hot = new LeadAssigner(POLICY).assign(lead("DE", "valves", SourceChannel.MARKETPLACE, Grade.A),
                pool -> PoolState.fresh(), Availability.everyone(), WEDNESDAY_10_UTC);

        assertThat(hot.assignee()).isEqualTo(DAN);
        assertThat(hot.rule()).isEqualTo("Hot marketplace leads");
        assertThat(hot.reason()).contains("rule 'Hot marketplace leads' matched; source MARKETPLACE is one of"
                + " [MARKETPLACE]; grade A is one of [A]").contains("assigned to dan");
    }

    @Test
    void a_pool_rule_matches_on_region_and_product_line_whatever_their_spelling() {
        Assignment dach = new LeadAssigner(POLICY).assign(lead("AT", " VALVES ", SourceChannel.WEB_FORM, Grade.B),
                pool -> PoolState.fresh(), Availability.everyone(), WEDNESDAY_10_UTC);

        assertThat(dach.assignee()).isEqualTo(ANNA);
        assertThat(dach.pool()).isEqualTo("dach");
        assertThat(dach.reason()).contains("country AT is one of [AT, CH, DE]")
                .contains("pool 'dach' (round robin); assigned to anna, next in turn");
    }

    @Test
    void no_matching_rule_or_an_unknown_value_goes_to_the_fallback() {
        Assignment france = new LeadAssigner(POLICY).assign(lead("FR", "valves", SourceChannel.EMAIL, null),
                pool -> PoolState.fresh(), Availability.everyone(), WEDNESDAY_10_UTC);
        Assignment noCountry = new LeadAssigner(POLICY).assign(lead(null, "valves", SourceChannel.EMAIL, null),
                pool -> PoolState.fresh(), Availability.everyone(), WEDNESDAY_10_UTC);

        assertThat(france.assignee()).isEqualTo(MARA);
        assertThat(france.reason()).isEqualTo("no rule matched; so the fallback takes it; assigned to mara-manager");
        assertThat(noCountry.assignee()).isEqualTo(MARA);
    }

    @Test
    void round_robin_over_1000_leads_is_fair_to_one_lead() {
        LeadAssigner assigner = new LeadAssigner(POLICY);
        Map<UserId, Integer> counts = new HashMap<>();
        UserId last = null;
        for (int i = 0; i < 1000; i++) {
            UserId previous = last;
            Assignment a = assigner.assign(lead("DE", "valves", SourceChannel.WEB_FORM, Grade.C),
                    pool -> new PoolState(previous, Map.of()), Availability.everyone(), WEDNESDAY_10_UTC);
            counts.merge(a.assignee(), 1, Integer::sum);
            last = a.assignee();
        }

        assertThat(counts.keySet()).containsExactlyInAnyOrder(ANNA, BEN, CLARA);
        assertThat(Collections.max(counts.values()) - Collections.min(counts.values())).isLessThanOrEqualTo(1);
    }

    @Test
    void round_robin_skips_whoever_is_away_and_says_why() {
        BusinessHours bensHours = BusinessHours.weekdays(ZoneId.of("America/New_York"), "09:00", "17:00", Set.of());
        Availability availability = new Availability(Set.of(), Map.of(BEN, bensHours),
                Map.of(CLARA, List.of(new Availability.Leave(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27)))));

        Assignment next = new LeadAssigner(POLICY).assign(lead("CH", "valves", null, null),
                pool -> new PoolState(ANNA, Map.of()), availability, WEDNESDAY_10_UTC);

        assertThat(next.assignee()).isEqualTo(ANNA);
        assertThat(next.reason()).contains("pool 'dach' (round robin); ben is outside their working hours; clara is on leave"
                + " until 2026-11-27; assigned to anna, next in turn");
        assertThat(next.steps()).extracting(Wording::code).containsExactly("rule-matched", "country-among",
                "product-line-among", "pool", "outside-hours", "on-leave", "assigned-in-turn");
        assertThat(next.steps().get(5).values()).containsEntry("user", "clara").containsEntry("until", "2026-11-27");
    }

    @Test
    void least_loaded_picks_the_fewest_open_leads_and_respects_the_cap() {
        SalesPool loadBased = new SalesPool("dach", List.of(ANNA, BEN, CLARA), SalesPool.Distribution.LEAST_LOADED, 5);
        AssignmentPolicy policy = AssignmentPolicy.of(List.of(DACH_VALVES), List.of(loadBased),
                AssignmentTarget.person(MARA));
        LeadAssigner assigner = new LeadAssigner(policy);
        LeadFacts valves = lead("DE", "valves", null, null);

        Assignment fewest = assigner.assign(valves, pool -> new PoolState(null, Map.of(ANNA, 4, BEN, 2, CLARA, 3)),
                Availability.everyone(), WEDNESDAY_10_UTC);
        assertThat(fewest.assignee()).isEqualTo(BEN);
        assertThat(fewest.reason()).contains("assigned to ben with 2 open leads, the fewest");

        Assignment capped = assigner.assign(valves, pool -> new PoolState(null, Map.of(ANNA, 5, BEN, 5, CLARA, 5)),
                Availability.everyone(), WEDNESDAY_10_UTC);
        assertThat(capped.assignee()).isEqualTo(MARA);
        assertThat(capped.reason()).contains("anna holds 5 open leads (cap 5)")
                .contains("nobody in it can take the lead; so the fallback takes it; assigned to mara-manager");
    }

    @Test
    void when_nobody_can_take_it_the_lead_waits_unassigned_with_the_reason() {
        Availability nobody = new Availability(Set.of(ANNA, BEN, CLARA, MARA), Map.of(), Map.of());

        Assignment waiting = new LeadAssigner(POLICY).assign(lead("DE", "valves", null, null),
                pool -> PoolState.fresh(), nobody, WEDNESDAY_10_UTC);

        assertThat(waiting.owner()).isEmpty();
        assertThat(waiting.reason()).endsWith("mara-manager is deactivated; so the lead waits in the unassigned queue");
    }

    @Test
    void a_policy_names_each_rule_once_and_only_pools_that_exist() {
        assertThatThrownBy(() -> AssignmentPolicy.of(List.of(DACH_VALVES, DACH_VALVES), List.of(DACH),
                AssignmentTarget.person(MARA))).hasMessageContaining("two rules are named DACH valves");
        assertThatThrownBy(() -> AssignmentPolicy.of(List.of(DACH_VALVES), List.of(),
                AssignmentTarget.person(MARA))).hasMessageContaining("pool dach, which does not exist");
        assertThatThrownBy(() -> new SalesPool("empty", List.of(), SalesPool.Distribution.ROUND_ROBIN, null))
                .hasMessageContaining("at least one member");
    }
}
