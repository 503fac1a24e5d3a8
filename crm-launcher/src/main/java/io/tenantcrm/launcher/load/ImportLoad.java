package io.tenantcrm.launcher.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * The import path under load: a spreadsheet of distinct leads (each its own person, company, email domain and phone,
 * as a trade-show list is) imported through the API in the background, against a raw JDBC batch insert of the same
 * rows, 500 a transaction on one connection as the import batches them, on the same PostgreSQL in the same run.
 */
final class ImportLoad {

    static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIMIT = Duration.ofMinutes(10);

    /** What the import made of the rows, how fast, and how fast the database took the same rows by itself. */
    record Result(int rows, int created, int skipped, int rejected, int toReview, double importPerSecond,
                  double jdbcPerSecond) {
        double ratio() {
            return importPerSecond / jdbcPerSecond;
        }
    }

    private ImportLoad() {
    }

    /** Row {@code i}: nobody else's name, company, email domain or phone. */
    static String[] row(int i) {
        return new String[] {"Buyer " + i + " Lindqvist", "Import Co " + i + " GmbH",
                "buyer" + i + "@importco" + i + ".example", String.format(Locale.ROOT, "+49 30 %07d", 1_000_000 + i),
                "DE"};
    }

    static String csv(int rows) {
        StringBuilder csv = new StringBuilder("Name,Company,Email,Phone,Country\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.join(",", row(i))).append('\n');
        }
        return csv.toString();
    }

    static Result run(String serviceUrl, String token, int postgresPort, String database, int rows)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        JsonNode job = send(http, HttpRequest.newBuilder(URI.create(serviceUrl
                        + "/api/v1/imports?type=leads&name=load.csv")).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv(rows))), token, 201);
        String path = serviceUrl + "/api/v1/imports/" + job.get("id").asText();
        send(http, HttpRequest.newBuilder(URI.create(path + "/run")).POST(HttpRequest.BodyPublishers.noBody()),
                token, 202);
        Instant giveUp = Instant.now().plus(LIMIT);
        JsonNode run;
        do {
            Thread.sleep(250);
            run = send(http, HttpRequest.newBuilder(URI.create(path)).GET(), token, 200).get("run");
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the import took longer than " + LIMIT + ": " + run);
            }
        } while (run == null || run.get("status").asText().equals("running"));
        if (!run.get("status").asText().equals("done")) {
            throw new IllegalStateException("the import ended " + run);
        }
        Duration took = Duration.between(Instant.parse(run.get("startedAt").asText()),
                Instant.parse(run.get("finishedAt").asText()));
        double importRate = rows / Math.max(0.001, took.toNanos() / 1e9);
        return new Result(rows, run.get("created").asInt(), run.get("skipped").asInt(), run.get("rejected").asInt(),
                run.get("toReview").asInt(), importRate, jdbcBatches(postgresPort, database, rows));
    }

    /** The same rows into a lead-shaped table (the tenant in the key, indexes on email and time), 500 a commit. */
    static double jdbcBatches(int port, String database, int rows) {
        PGSimpleDataSource superuser = new PGSimpleDataSource();
        superuser.setURL("jdbc:postgresql://127.0.0.1:" + port + "/" + database);
        superuser.setUser("postgres");
        try (Connection connection = superuser.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table if not exists load_baseline_import (tenant_id text not null, id uuid not null,"
                        + " person_name text, company_name text, email text, phone text, country text,"
                        + " received_at timestamptz not null, primary key (tenant_id, id))");
                ddl.execute("create index if not exists load_baseline_import_email on load_baseline_import"
                        + " (tenant_id, email)");
                ddl.execute("create index if not exists load_baseline_import_received on load_baseline_import"
                        + " (tenant_id, received_at)");
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("insert into load_baseline_import"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    String[] row = row(i);
                    insert.setString(1, "load");
                    insert.setObject(2, UUID.randomUUID());
                    for (int c = 0; c < row.length; c++) {
                        insert.setString(3 + c, row[c]);
                    }
                    insert.setTimestamp(8, Timestamp.from(Instant.now()));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i == rows - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException("the JDBC baseline failed", e);
        }
    }

    private static JsonNode send(HttpClient http, HttpRequest.Builder request, String token, int expected)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
