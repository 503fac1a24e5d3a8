package io.tenantcrm.launcher.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WrkOutputTest {

    /** What Debian's wrk 4.1.0 printed here for a server answering 404 to everything. */
    private static final String ALL_404 = String.join("\n",
            "Running 1s test @ http://127.0.0.1:18999/nope",
            "  1 threads and 2 connections",
            "  Thread Stats   Avg      Stdev     Max   +/- Stdev",
            "    Latency     2.96ms    2.86ms  24.45ms   86.54%",
            "    Req/Sec   767.90    239.87     1.11k    60.00%",
            "  Latency Distribution",
            "     50%    1.76ms",
            "     75%    4.31ms",
            "     90%    6.71ms",
            "     99%   11.97ms",
            "  767 requests in 1.01s, 389.49KB read",
            "  Non-2xx or 3xx responses: 767",
            "Requests/sec:    761.91",
            "Transfer/sec:    386.91KB");

    @Test
    void the_rate_and_the_percentiles_are_read_and_answers_that_are_not_2xx_count_as_failures() {
        Measurement measured = Wrk.parse("GET /nope", ALL_404);

        assertThat(measured.perSecond()).isEqualTo(761.91);
        assertThat(measured.p50Millis()).isEqualTo(1.76);
        assertThat(measured.p99Millis()).isEqualTo(11.97);
        assertThat(measured.failures()).isEqualTo(767);
    }

    @Test
    void latencies_in_microseconds_and_seconds_become_milliseconds_and_socket_errors_are_failures() {
        String output = ALL_404.replace("1.76ms", "850.00us").replace("11.97ms", "1.20s")
                .replace("  Non-2xx or 3xx responses: 767\n",
                        "  Socket errors: connect 0, read 2, write 0, timeout 3\n");

        Measurement measured = Wrk.parse("GET /nope", output);

        assertThat(measured.p50Millis()).isCloseTo(0.85, within(1e-9));
        assertThat(measured.p99Millis()).isCloseTo(1200, within(1e-9));
        assertThat(measured.failures()).isEqualTo(5);
    }

    @Test
    void output_without_a_rate_is_refused_rather_than_read_as_zero() {
        assertThatThrownBy(() -> Wrk.parse("GET /nope", "unable to connect to 127.0.0.1:18999 Connection refused"))
                .hasMessageContaining("Requests/sec");
    }

    @Test
    void a_rate_is_compared_to_the_baseline_of_the_same_run() {
        Measurement intake = new Measurement("intake", 37, 400, 680, 0);
        Measurement pgbench = new Measurement("pgbench", 10_000, 1.5, Double.NaN, 0);
        assertThat(intake.ratioTo(pgbench)).isEqualTo(0.0037);
    }
}
