package io.tenantcrm.core.health;

import io.tenantcrm.core.Crm;
import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountEdit;
import io.tenantcrm.core.account.AccountTier;
import io.tenantcrm.core.activity.ActivityType;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.testkit.InMemoryCrm;
import io.tenantcrm.core.testkit.SteppingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcessHealthReportTest {

    static final TenantId ACME = TenantId.of("acme");
    static final TenantId GLOBEX = TenantId.of("globex");
    static final UserId RITA = UserId.of("rita");
    static final UserId MIKE = UserId.of("mike");
    static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    final InMemoryCrm store = new InMemoryCrm().actAs(ACME, RITA);
    final SteppingClock clock = new SteppingClock(MONDAY);
    final TenantConfiguration configuration = TenantConfiguration.defaults();
    final Crm crm = new Crm(store.ports(configuration, clock));
    final ProcessHealthReport report = new ProcessHealthReport(new ProcessHealthReport.Ports(store.activities(),
            store.accounts(), store.deals(), store.stageHistory(), store.orders(), configuration), store, store);

    @Test
    void a_reps_touches_on_their_a_tier_accounts_count_and_another_reps_do_not() {
        Account key = crm.accounts().edit(crm.accounts().open("Hamburg Pumps GmbH", CountryCode.of("DE")).id(),
                AccountEdit.none().tier(AccountTier.A));
        clock.advance(Duration.ofDays(5));
        crm.timeline().log(ActivityType.CALL, Direction.OUTBOUND, List.of(key.ref()), MONDAY.plus(Duration.ofDays(1)),
                "Checked the spring order");
        crm.timeline().log(ActivityType.MEETING, Direction.OUTBOUND, List.of(key.ref()),
                MONDAY.plus(Duration.ofDays(3)), "Visited the plant");

        ProcessHealthIndex rita = report.of(Set.of(RITA), MONDAY, MONDAY.plus(Duration.ofDays(7)));
        ProcessSignal touches = signal(rita, ProcessSignal.Name.A_TIER_TOUCHES_PER_WEEK);
        assertThat(touches.samples()).as("one A-tier account owned").isEqualTo(1);
        assertThat(touches.value()).as("two touches in one week").isEqualTo(2.0);
        assertThat(rita.subject()).isEqualTo("rita");

        ProcessHealthIndex mike = report.of(Set.of(MIKE), MONDAY, MONDAY.plus(Duration.ofDays(7)));
        assertThat(signal(mike, ProcessSignal.Name.A_TIER_TOUCHES_PER_WEEK).hasData()).isFalse();

        store.actAs(GLOBEX, MIKE);
        assertThat(signal(report.of(Set.of(RITA), MONDAY, MONDAY.plus(Duration.ofDays(7))),
                ProcessSignal.Name.A_TIER_TOUCHES_PER_WEEK).hasData()).as("another tenant's index reads nothing of acme")
                .isFalse();
    }

    @Test
    void an_index_needs_someone_and_a_period() {
        assertThatThrownBy(() -> report.of(Set.of(), MONDAY, MONDAY.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> report.of(Set.of(RITA), MONDAY, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ProcessSignal signal(ProcessHealthIndex index, ProcessSignal.Name name) {
        return index.signals().stream().filter(s -> s.name() == name).findFirst().orElseThrow();
    }
}
