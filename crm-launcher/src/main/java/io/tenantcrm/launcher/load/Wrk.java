package io.tenantcrm.launcher.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's wrk, the HTTP load generator: a fixed number of connections for a fixed time, a Lua script for the
 * request. It runs on this machine against 127.0.0.1 only and stops by itself after the duration.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final int connections;
    private final Duration duration;
    private final Path scripts;
    private final Consumer<String> progress;

    Wrk(int connections, Duration duration, Path scripts, Consumer<String> progress) {
        this.connections = connections;
        this.duration = duration;
        this.scripts = scripts;
        this.progress = progress;
    }

    /** Runs the Lua script against the URL: first a short warm-up (thrown away), then the measured run. */
    Measurement measure(String call, String url, String luaScript) throws IOException, InterruptedException {
        Path script = scripts.resolve(call.replaceAll("[^A-Za-z0-9]+", "-") + ".lua");
        Files.writeString(script, luaScript, StandardCharsets.UTF_8);
        progress.accept("wrk: " + call + " ...");
        run(url, script, Duration.ofSeconds(3));
        Measurement measured = parse(call, run(url, script, duration));
        progress.accept(String.format(Locale.ROOT, "  %.0f/s, p50 %.1f ms, p99 %.1f ms, %d failed",
                measured.perSecond(), measured.p50Millis(), measured.p99Millis(), measured.failures()));
        return measured;
    }

    private String run(String url, Path script, Duration length) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections,
                "-d" + length.toSeconds() + "s", "--timeout", "10s", "--latency", "-s", script.toString(), url));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(length.toSeconds() + 30, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk failed: " + output);
        }
        return output;
    }

    static Measurement parse(String call, String output) {
        double rate = number(RATE, output, "Requests/sec");
        double p50 = latency(output, "50%");
        double p99 = latency(output, "99%");
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                failures += Long.parseLong(socket.group(i));
            }
        }
        return new Measurement(call, rate, p50, p99, failures);
    }

    /** A latency line of wrk's distribution ("99%   12.34ms") in milliseconds. */
    private static double latency(String output, String percentile) {
        Matcher line = Pattern.compile("^\\s*" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$",
                Pattern.MULTILINE).matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("no " + percentile + " latency in wrk's output:\n" + output);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static double number(Pattern pattern, String output, String what) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in wrk's output:\n" + output);
        }
        return Double.parseDouble(matcher.group(1));
    }
}
