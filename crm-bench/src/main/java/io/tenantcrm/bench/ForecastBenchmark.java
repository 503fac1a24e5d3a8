package io.tenantcrm.bench;

import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.forecast.ForecastDimension;
import io.tenantcrm.core.forecast.ForecastReport;
import io.tenantcrm.core.forecast.WeightedForecast;
import io.tenantcrm.core.pipeline.Pipeline;
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

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The weighted forecast by close month over a whole book, one thread. The baseline adds up the raw amounts with
 * the same BigDecimal arithmetic but no grouping or weighting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
// ParallelGC: G1's concurrent work on a 2-core machine made runs swing 10x (see docs/benchmarks.md)
@Fork(value = 1, jvmArgsAppend = {"-Xms10g", "-Xmx10g", "-XX:+UseParallelGC"})
public class ForecastBenchmark {

    @Param({"100000", "1000000", "5000000"})
    int deals;

    List<Deal> book;
    WeightedForecast forecast;

    @Setup(Level.Trial)
    public void generate() {
        book = SyntheticDeals.generate(deals, 42);
        forecast = new WeightedForecast(List.of(Pipeline.defaultB2bExport()), owner -> "team-" + owner.value().length());
    }

    @Benchmark
    public ForecastReport forecastByCloseMonth() {
        return forecast.build(book, ForecastDimension.CLOSE_MONTH);
    }

    @Benchmark
    public BigDecimal baselineSumAmounts() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Deal deal : book) {
            if (deal.amount() != null) {
                sum = sum.add(deal.amount().amount());
            }
        }
        return sum;
    }
}
