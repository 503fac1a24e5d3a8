package io.tenantcrm.bench;

import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.health.DealHealth;
import io.tenantcrm.core.health.HealthColor;
import io.tenantcrm.core.health.HealthThresholds;
import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.pipeline.StageId;
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
import java.util.concurrent.TimeUnit;

/**
 * Rating a whole book of deals, one thread. Score = milliseconds for the whole book; evaluations per second is
 * {@code deals / score}. The baseline reads one field of every deal: the cost of just walking the book.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
// ParallelGC: G1's concurrent work on a 2-core machine made runs swing 10x (see docs/benchmarks.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+UseParallelGC"})
public class DealHealthBenchmark {

    @Param({"100000", "1000000", "5000000"})
    int deals;

    List<Deal> book;
    Stage[] stageOf;
    DealHealth health;

    @Setup(Level.Trial)
    public void generate() {
        book = SyntheticDeals.generate(deals, 42);
        Pipeline pipeline = Pipeline.defaultB2bExport();
        Map<StageId, Stage> stages = new HashMap<>();
        pipeline.stages().forEach(s -> stages.put(s.id(), s));
        stageOf = book.stream().map(d -> stages.get(d.stage())).toArray(Stage[]::new);
        health = new DealHealth(HealthThresholds.defaults());
    }

    @Benchmark
    public int rateEveryDeal() {
        int red = 0;
        for (int i = 0; i < book.size(); i++) {
            if (health.rate(book.get(i), stageOf[i], SyntheticDeals.NOW).color() == HealthColor.RED) {
                red++;
            }
        }
        return red;
    }

    @Benchmark
    public long baselineWalkTheBook() {
        long sum = 0;
        for (int i = 0; i < book.size(); i++) {
            sum += book.get(i).lastActivityAt().getEpochSecond();
        }
        return sum;
    }
}
