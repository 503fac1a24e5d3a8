package io.tenantcrm.launcher.load;

import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceiling, the baseline every rate is a ratio to: pgbench inserting a lead-shaped row (uuid key
 * with the tenant, three indexes) one per transaction, at the same concurrency, on the same PostgreSQL.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    /** The embedded server's superuser (trusted on loopback): the baseline has no row-level security to pass. */
    private static final String SUPERUSER = "postgres";

    private PgBench() {
    }

    static Measurement singleRowInserts(int port, String database, int clients, Duration duration, Path scripts)
            throws IOException, InterruptedException {
        PGSimpleDataSource superuser = new PGSimpleDataSource();
        superuser.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + database);
        superuser.setUser(SUPERUSER);
        try (Connection connection = superuser.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create table if not exists load_baseline_lead (tenant_id text not null, id uuid not null,"
                    + " email text, company_name text, received_at timestamptz not null,"
                    + " primary key (tenant_id, id))");
            ddl.execute("create index if not exists load_baseline_lead_email on load_baseline_lead (tenant_id, email)");
            ddl.execute("create index if not exists load_baseline_lead_received on load_baseline_lead"
                    + " (tenant_id, received_at)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare pgbench's table", e);
        }
        Path script = scripts.resolve("pgbench-insert.sql");
        Files.writeString(script, "insert into load_baseline_lead values ('load', gen_random_uuid(),"
                + " 'buyer' || (random() * 1e9)::bigint || '@example.test', 'Example Co', now());\n");
        Process pgbench = new ProcessBuilder(List.of("pgbench", "-n", "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", SUPERUSER, "-c", Integer.toString(clients), "-j", "2",
                "-T", Long.toString(duration.toSeconds()), "-f", script.toString(), database))
                .redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!pgbench.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS) || pgbench.exitValue() != 0) {
            pgbench.destroyForcibly();
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("unexpected pgbench output:\n" + output);
        }
        double average = Double.parseDouble(latency.group(1));
        // pgbench reports the average latency only; it stands in both columns, marked as such in the report
        return new Measurement("pgbench: single-row INSERT of a lead-shaped row", Double.parseDouble(tps.group(1)),
                average, Double.NaN, 0);
    }
}
