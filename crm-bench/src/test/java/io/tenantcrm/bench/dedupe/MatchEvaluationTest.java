package io.tenantcrm.bench.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hard cases: crm-core's match model calls a pair sure with a precision of at least 0.99, flags at least 0.9 of
 * the true pairs as at least possible and calls at least 0.9 of those without conflicting evidence sure, more
 * precise than the wave-1 model on the same set and with a better F1 of flagged pairs. (The F1 of "sure" alone is
 * not better: wave 1 and Duke call the conflicting cases sure, and colleagues behind one switchboard too.)
 * The model was tuned on the first seed; the second is held out. Duke's numbers are printed beside them.
 */
class MatchEvaluationTest {

    @ParameterizedTest
    @ValueSource(longs = {20261206L, 11L})
    void sure_is_sure_on_the_hard_cases_and_most_true_pairs_are_found(long seed) {
        List<MatchEvaluation.Result> results = MatchEvaluation.compare(seed, 200);
        results.forEach(result -> System.out.println("seed " + seed + ": " + result));
        MatchEvaluation.Result model = results.get(0);
        MatchEvaluation.Result wave1 = results.get(1);
        MatchEvaluation.Result duke = results.get(2);

        assertThat(model.pairs()).isEqualTo(14 * 200);
        assertThat(model.surePrecision()).isGreaterThanOrEqualTo(0.99);
        assertThat(model.flaggedRecall()).as("true pairs at least flagged as possible").isGreaterThanOrEqualTo(0.9);
        int consistentTruePairs = model.truePairs() - HardCases.CONFLICTING.size() * 200;
        int consistentMissed = model.wrongByCase().entrySet().stream()
                .filter(e -> HardCases.POSITIVE.contains(e.getKey()) && !HardCases.CONFLICTING.contains(e.getKey()))
                .mapToInt(java.util.Map.Entry::getValue).sum();
        assertThat(1 - (double) consistentMissed / consistentTruePairs)
                .as("true pairs without conflicting evidence called sure").isGreaterThanOrEqualTo(0.9);
        assertThat(model.surePrecision()).isGreaterThan(wave1.surePrecision());
        assertThat(model.flaggedF1()).isGreaterThan(wave1.flaggedF1());
        assertThat(model.wrongByCase()).as("no different people called sure").doesNotContainKeys(
                "common name, other company", "shared company words", "numbered rows", "numbered branches",
                "colleagues", "moved company", "common name, free mail");
        assertThat(duke.model()).isEqualTo("Duke 1.2");
        assertThat(duke.sureRecall()).as("Duke judged the set").isGreaterThan(0);
    }
}
