package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.testkit.SteppingClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class FrequenciesTest {

    @Test
    void a_common_name_agreeing_counts_less_than_a_rare_one_and_says_how_common_it_is() {
        List<Candidate> tenant = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tenant.add(new Candidate("lead/w" + i, MatchKeys.of("Wang Wei", null, null, "Company " + (char) ('a' + i % 26)
                    + (char) ('a' + i / 26), null)));
        }
        tenant.add(new Candidate("lead/rare", MatchKeys.of("Xiahou Dun", null, null, "Company zz", null)));
        ValueFrequencies frequencies = ValueFrequencies.of(tenant);
        DuplicateFinder finder = new DuplicateFinder(MatchRules.defaults(), (a, b) -> a.equals(b) ? 1 : 0,
                frequencies);

        Evidence common = finder.compare(new Candidate("x", MatchKeys.of("Wei Wang", null, null, "Company aa", null)),
                tenant.get(0)).map(pair -> pair.evidence().get(0)).orElseThrow();
        Evidence rare = finder.compare(new Candidate("y", MatchKeys.of("Dun Xiahou", null, null, "Company zz", null)),
                tenant.get(40)).map(pair -> pair.evidence().get(0)).orElseThrow();

        assertThat(common.signal()).isEqualTo(Signal.SAME_PERSON_NAME);
        assertThat(rare.weight()).isGreaterThan(common.weight() + 2);
        assertThat(common.reason()).startsWith("same person's name wang wei (shared by 1 in ");
        assertThat(frequencies.companyWordWeight("company")).isLessThan(frequencies.companyWordWeight("zz"));
    }

    @Test
    void kept_frequencies_are_counted_once_and_again_when_too_old() {
        AtomicInteger counts = new AtomicInteger();
        SteppingClock clock = new SteppingClock(Instant.parse("2026-12-06T09:00:00Z"));
        KeptFrequencies kept = new KeptFrequencies(tenant -> {
            counts.incrementAndGet();
            return new ValueFrequencies(counts.get(), Map.of(), Map.of(), Map.of());
        }, clock, Duration.ofMinutes(15));
        TenantId acme = TenantId.of("acme");

        kept.apply(acme);
        clock.advance(Duration.ofMinutes(10));
        assertThat(kept.apply(acme).records()).isEqualTo(1);
        kept.apply(TenantId.of("globex"));
        clock.advance(Duration.ofMinutes(10));

        assertThat(kept.apply(acme).records()).as("counted again after 15 minutes").isEqualTo(3);
        assertThat(counts.get()).isEqualTo(3);
    }
}
