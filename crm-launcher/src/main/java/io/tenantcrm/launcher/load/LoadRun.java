package io.tenantcrm.launcher.load;

import com.sun.net.httpserver.HttpServer;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.devstack.FreePorts;
import io.tenantcrm.devstack.LocalPayara;
import io.tenantcrm.devstack.WorkFolder;
import io.tenantcrm.launcher.DemoUser;
import io.tenantcrm.launcher.LocalStack;
import io.tenantcrm.launcher.SeededTenant;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./crm bench load}: the service's request path under load, as ratios to what the database itself takes in
 * the same run. Starts fresh PostgreSQL, Keycloak and the service (with a flight recording) on 127.0.0.1, a tenant
 * with assignment and a webhook receiver, then measures each call with wrk at one concurrency, and pgbench's
 * single-row inserts on the same PostgreSQL. Prints the table and writes it into docs/benchmarks.md.
 * Every request goes to this machine; every run stops by itself.
 */
public final class LoadRun {

    static final int CONNECTIONS = 16;
    static final List<String> CALLS = List.of("health", "ping", "intake", "list", "forecast", "import");
    private static final String START = "<!-- load-run:start -->";
    private static final String END = "<!-- load-run:end -->";

    private LoadRun() {
    }

    /**
     * Arguments: the WAR, the folder for scripts and the recording, the benchmarks page to update; then options
     * {@code --seconds=20}, {@code --calls=ping,intake} (only those; the page is left alone), {@code --jfr=profile}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LoadRun <crm-service.war> <output folder> <docs/benchmarks.md> [--seconds=N]"
                    + " [--calls=" + String.join(",", CALLS) + "] [--jfr=default|profile] [--import-rows=5000]");
            System.exit(2);
        }
        for (int i = 3; i < args.length; i++) {
            String[] option = args[i].replaceFirst("^--", "").split("=", 2);
            if (option.length != 2) {
                System.err.println("options are --name=value: " + args[i]);
                System.exit(2);
            }
            System.setProperty("crm.load." + option[0], option[1]);
        }
        Path war = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        Path page = Path.of(args[2]);
        Duration duration = Duration.ofSeconds(Long.getLong("crm.load.seconds", 20));
        // -Dcrm.load.calls=ping,intake measures only those (to profile one path); the page is then left as it is
        List<String> chosen = List.of(System.getProperty("crm.load.calls", String.join(",", CALLS)).split(","));
        boolean whole = chosen.containsAll(CALLS);
        // -Dcrm.load.jfr=profile samples twice as often as JFR's default settings
        String jfrSettings = System.getProperty("crm.load.jfr", "default");

        int port = FreePorts.next();
        String origin = "http://127.0.0.1:" + port;
        Path scratch = Files.createTempDirectory("crm-load-");
        Path recording = output.resolve("service.jfr");
        try (LocalStack stack = LocalStack.start(LocalStack.Settings.ephemeral(WorkFolder.resolve(), scratch),
                List.of(origin + "/*"));
             Receiver receiver = Receiver.start()) {
            System.out.println("Starting the service (flight recording in " + recording + ") ...");
            LocalPayara service = stack.startService(war, port, scratch.resolve("payara"), List.of(
                    "-XX:StartFlightRecording=filename=" + recording.toAbsolutePath() + ","
                            + "settings=" + jfrSettings + ",dumponexit=true"));
            SeededTenant tenant = stack.seedTenant("load", "Load Test Trading", role -> "load-" + role.roleName());
            stack.assignNewLeadsTo(service.baseUrl(), tenant, CrmRole.SALES_REP);
            subscribe(stack, service, tenant, receiver.url());

            Wrk wrk = new Wrk(CONNECTIONS, duration, output, System.out::println);
            String rep = bearer(stack, tenant.user(CrmRole.SALES_REP));
            List<Measurement> calls = new ArrayList<>();
            if (chosen.contains("health")) {
                calls.add(wrk.measure("GET /health/live (no token)", service.baseUrl() + "/health/live", ""));
            }
            if (chosen.contains("ping")) {
                calls.add(wrk.measure("GET /api/v1/ping with a token", service.baseUrl() + "/api/v1/ping", rep));
            }
            if (chosen.contains("intake")) {
                calls.add(wrk.measure("POST /api/v1/leads, each a distinct lead", service.baseUrl() + "/api/v1/leads",
                        rep + DISTINCT_LEADS));
            }
            if (chosen.contains("list")) {
                calls.add(wrk.measure("GET /api/v1/leads?view=mine (a page of 50)",
                        service.baseUrl() + "/api/v1/leads?view=mine&status=NEW&size=50", rep));
            }
            if (chosen.contains("forecast")) {
                calls.add(wrk.measure("GET /api/v1/forecast (manager)", service.baseUrl() + "/api/v1/forecast",
                        bearer(stack, tenant.user(CrmRole.SALES_MANAGER))));
            }
            ImportLoad.Result imported = null;
            if (chosen.contains("import")) {
                int rows = Integer.getInteger("crm.load.import-rows", 5000);
                System.out.println("Importing " + rows + " distinct leads through the API, then the same rows by JDBC ...");
                imported = ImportLoad.run(service.baseUrl(), stack.accessToken(tenant.user(CrmRole.SALES_REP).email(),
                        tenant.user(CrmRole.SALES_REP).password()), stack.postgres().port(), LocalStack.DATABASE, rows);
            }
            System.out.println("pgbench on the same PostgreSQL ...");
            Measurement baseline = PgBench.singleRowInserts(stack.postgres().port(), LocalStack.DATABASE,
                    CONNECTIONS, duration, output);

            String report = report(calls, baseline, duration, receiver.received(), imported);
            System.out.println(report);
            if (whole) {
                writeInto(page, report);
                System.out.println("Written into " + page + "; the service's flight recording is " + recording);
            } else {
                System.out.println("Only " + chosen + " measured: " + page + " left as it is; the flight recording is "
                        + recording);
            }
        }
    }

    /** Each thread of wrk numbers its own leads, so every lead of the run is a different buyer. */
    static final String DISTINCT_LEADS = """
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            local threads = 0
            function setup(thread)
              threads = threads + 1
              thread:set("tid", threads)
            end
            local n = 0
            function request()
              n = n + 1
              local id = tid .. "x" .. n .. "r" .. math.random(1000000)
              local body = '{"source":"web-form","contact":{"personName":"Buyer ' .. id .. '","companyName":"Trading '
                .. id .. ' GmbH","email":"buyer@t' .. id .. '.example"},"country":"DE","productInterest":"valves"}'
              return wrk.format(nil, nil, nil, body)
            end
            """;

    private static String bearer(LocalStack stack, DemoUser user) {
        return "wrk.headers[\"Authorization\"] = \"Bearer " + stack.accessToken(user.email(), user.password())
                + "\"\n";
    }

    /** Webhooks on: every new lead also writes a delivery to the outbox, as in a tenant that uses them. */
    private static void subscribe(LocalStack stack, LocalPayara service, SeededTenant tenant, String receiver)
            throws IOException, InterruptedException {
        DemoUser admin = tenant.user(CrmRole.TENANT_ADMIN);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + "/api/v1/admin/webhooks"))
                .header("Authorization", "Bearer " + stack.accessToken(admin.email(), admin.password()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + receiver
                        + "\", \"events\": [\"lead.received\"], \"description\": \"load run\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("webhook refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    static String report(List<Measurement> calls, Measurement baseline, Duration duration, long webhooks,
                         ImportLoad.Result imported) {
        StringBuilder text = new StringBuilder();
        text.append("Run on ").append(LocalDate.now()).append(", ").append(Machine.describe()).append("; ")
                .append(CONNECTIONS).append(" connections, ").append(duration.toSeconds())
                .append(" s a call after a 3 s warm-up; service, PostgreSQL and Keycloak on the same machine.\n\n");
        text.append("| call | rate (/s) | ratio to pgbench | p50 (ms) | p99 (ms) | failed |\n");
        text.append("|---|---:|---:|---:|---:|---:|\n");
        for (Measurement call : calls) {
            text.append(String.format(Locale.ROOT, "| %s | %,.0f | %.3f | %.1f | %.1f | %d |%n", call.call(),
                    call.perSecond(), call.ratioTo(baseline), call.p50Millis(), call.p99Millis(), call.failures()));
        }
        text.append(String.format(Locale.ROOT, "| %s | %,.0f | 1 | %.1f (average) | | 0 |%n", baseline.call(),
                baseline.perSecond(), baseline.p50Millis()));
        text.append("\nWebhook deliveries received during the run: ").append(webhooks).append(".\n");
        if (imported != null) {
            text.append(String.format(Locale.ROOT, "%nBackground import through the API of %,d distinct leads (CSV,"
                    + " dedupe on, %d rows a batch): %,.0f rows/s; created %,d, skipped %,d, refused %,d, to review %,d."
                    + " The same rows by a raw JDBC batch insert, %d a commit on one connection: %,.0f rows/s."
                    + " Ratio %.3f (goal 0.5).%n", imported.rows(), ImportLoad.BATCH, imported.importPerSecond(),
                    imported.created(), imported.skipped(), imported.rejected(), imported.toReview(), ImportLoad.BATCH,
                    imported.jdbcPerSecond(), imported.ratio()));
        }
        return text.toString();
    }

    private static void writeInto(Path page, String report) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(page + " has no " + START + " ... " + END + " section");
        }
        Files.writeString(page, text.substring(0, start + START.length()) + "\n" + report
                + text.substring(end), StandardCharsets.UTF_8);
    }

    /** A webhook receiver on 127.0.0.1 that takes every delivery (204) and counts them. */
    private static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        private final AtomicLong received = new AtomicLong();

        private Receiver(HttpServer server) {
            this.server = server;
        }

        static Receiver start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Receiver receiver = new Receiver(server);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                receiver.received.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        long received() {
            return received.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
