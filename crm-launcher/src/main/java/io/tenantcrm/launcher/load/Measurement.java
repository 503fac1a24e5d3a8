package io.tenantcrm.launcher.load;

/**
 * One call measured at a fixed concurrency: completed requests a second, the median and 99th percentile latency,
 * and how many answers were not 2xx/3xx (a run with failures measures the wrong thing).
 */
public record Measurement(String call, double perSecond, double p50Millis, double p99Millis, long failures) {

    public double ratioTo(Measurement baseline) {
        return perSecond / baseline.perSecond();
    }
}
