package io.tenantcrm.bench;

import io.tenantcrm.core.dedupe.Candidate;
import io.tenantcrm.core.dedupe.DuplicateFinder;
import io.tenantcrm.core.dedupe.MatchRules;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A whole-tenant duplicate scan (blocking, then comparing inside blocks) over the synthetic customer records, one
 * thread. The baseline groups the same records by mailbox alone (a single hash pass): what any scan costs at least.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC"})
public class DuplicateScanBenchmark {

    /** People; each arrives one to three times, so the records number about twice this. */
    @Param({"50000", "150000", "500000"})
    int people;

    List<Candidate> records;
    DuplicateFinder finder;

    @Setup(Level.Trial)
    public void generate() {
        records = SyntheticCustomers.generate(42, people).stream().map(SyntheticCustomers.Labelled::candidate).toList();
        JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
        finder = new DuplicateFinder(MatchRules.defaults(), jaroWinkler::apply);
    }

    @Benchmark
    public List<Set<String>> scanTenant() {
        return finder.clusters(records);
    }

    @Benchmark
    public int baselineGroupByMailbox() {
        Map<String, Integer> byMailbox = new HashMap<>();
        for (Candidate record : records) {
            if (record.keys().mailbox() != null) {
                byMailbox.merge(record.keys().mailbox(), 1, Integer::sum);
            }
        }
        return byMailbox.size();
    }
}
