package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spreadsheet imports as background jobs over HTTP, on real Payara and PostgreSQL: upload, the suggested mapping and
 * a change to it, a dry run that writes nothing and says what every row would do, the real run coming to the same
 * counts, progress, the report of the rows not imported, cancellation between batches, and who may see a job.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportsApiIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    ApiClient api;
    String rep;
    String unique;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void people() {
        api = new ApiClient(base);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_dry_run_writes_nothing_and_the_real_run_comes_to_the_same_with_a_report_of_the_rows_left_out()
            throws Exception {
        // 1 200 rows, three batches; the 7th's email is broken, the 10th repeats the 3rd's person (an update), and a
        // 1 201st has the 5th's name and company on a private mailbox: possibly the same buyer, so created to review.
        // Rows are numbered as the spreadsheet shows them: the header is row 1, so these are rows 8, 11, 4 and 1202.
        StringBuilder csv = new StringBuilder("联系人,Company,E-mail,Country,Interest (product)\n");
        for (int row = 1; row <= 1200; row++) {
            int person = row == 10 ? 3 : row;
            String email = row == 7 ? "not-an-email" : "buyer" + person + "@" + unique + "-co" + person + ".example";
            csv.append(word(person, 7)).append(' ').append(word(-person, 8)).append(',')
                    .append(word(person * 31, 9)).append(" GmbH,")
                    .append(email).append(",DE,valves\n");
        }
        csv.append(word(5, 7)).append(' ').append(word(-5, 8)).append(',').append(word(5 * 31, 9))
                .append(" GmbH,").append(word(5, 7).toLowerCase(java.util.Locale.ROOT)).append(unique)
                .append("@gmail.com,DE,valves\n");
        HttpResponse<String> uploaded = upload("leads.csv", "text/csv", csv.toString(), rep);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode job = JSON.readTree(uploaded.body());
        String id = job.get("id").asText();
        assertThat(job.get("rows").asInt()).isEqualTo(1201);
        assertThat(job.get("mapping").toString()).isEqualTo("{\"personName\":0,\"companyName\":1,\"email\":2,"
                + "\"country\":3}");

        HttpResponse<String> badMapping = api.send("PUT", "api/v1/imports/" + id + "/mapping", rep,
                "{\"mapping\": {\"shoeSize\": 1, \"email\": 99}}");
        assertThat(badMapping.statusCode()).isEqualTo(422);
        assertThat(badMapping.body()).contains("\"field\":\"mapping.shoeSize\"").contains("\"field\":\"mapping.email\"");
        HttpResponse<String> mapped = api.send("PUT", "api/v1/imports/" + id + "/mapping", rep,
                "{\"mapping\": {\"personName\": 0, \"companyName\": 1, \"email\": 2, \"country\": 3,"
                        + " \"productInterest\": 4}}");
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(200);

        long before = importedLeads();
        assertThat(api.send("POST", "api/v1/imports/" + id + "/dry-run", rep, null).statusCode()).isEqualTo(202);
        JsonNode dry = awaitRun(id, "dryRun");
        assertThat(dry.get("status").asText()).isEqualTo("done");
        assertThat(importedLeads()).as("a dry run writes nothing").isEqualTo(before);
        assertThat(counts(dry)).isEqualTo("1201/1199/1/0/1/1");
        String dryReport = api.get("api/v1/imports/" + id + "/report?run=dry", rep).body();
        assertThat(dryReport.lines()).as("every row, and the header").hasSize(1202);
        assertThat(dryReport).contains("\n8,reject,email:").contains("\n11,update,updates row/4");

        assertThat(api.send("POST", "api/v1/imports/" + id + "/run", rep, null).statusCode()).isEqualTo(202);
        JsonNode real = awaitRun(id, "run");
        assertThat(real.get("status").asText()).isEqualTo("done");
        assertThat(counts(real)).as("the real run agrees with the dry run").isEqualTo(counts(dry));
        assertThat(importedLeads()).isEqualTo(before + 1199);
        HttpResponse<String> report = api.get("api/v1/imports/" + id + "/report", rep);
        assertThat(report.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(report.body().lines()).as("the rejected row and the one to review").hasSize(3);
        assertThat(report.body()).startsWith("row,outcome,why,联系人").contains("\n8,reject,email:")
                .contains("not-an-email").contains("\n1202,\"create, to review\"");

        HttpResponse<String> again = api.send("POST", "api/v1/imports/" + id + "/run", rep, null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("done already");
        assertThat(api.send("PUT", "api/v1/imports/" + id + "/mapping", rep, "{\"mapping\": {\"email\": 2}}")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void a_customer_list_makes_one_account_per_company_finds_known_ones_by_customer_id_and_adds_their_people()
            throws Exception {
        HttpResponse<String> existing = api.send("POST", "api/v1/accounts", rep, "{\"name\": \"Nordic Valves "
                + unique + "\", \"country\": \"SE\"}");
        assertThat(existing.statusCode()).as(existing.body()).isEqualTo(201);
        JsonNode known = JSON.readTree(existing.body());
        String csv = "Customer ID,Company,Website,Country,Tier,Contact,Email,Role\n"
                + ",Lind Marine " + unique + ",https://lind-" + unique + ".example,SE,b,Ola Lind,ola@lind-" + unique
                + ".example,purchasing\n"
                + ",LIND MARINE " + unique + " AS,,SE,,Kari Lind,kari@lind-" + unique + ".example,engineering\n"
                + known.get("customerId").asText() + ",,,,a,Eva Berg,eva@nordic-" + unique + ".example,owner\n"
                + UUID.randomUUID() + ",Invented Ltd,,,,,,\n";

        HttpResponse<String> uploaded = upload("customers.csv", "text/csv", csv, rep, "accounts");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode job = JSON.readTree(uploaded.body());
        String id = job.get("id").asText();
        assertThat(job.get("type").asText()).isEqualTo("accounts");
        assertThat(job.get("mapping").toString()).isEqualTo("{\"customerId\":0,\"companyName\":1,\"website\":2,"
                + "\"country\":3,\"tier\":4,\"contactName\":5,\"email\":6,\"buyingRole\":7}");

        api.send("POST", "api/v1/imports/" + id + "/dry-run", rep, null);
        JsonNode dry = awaitRun(id, "dryRun");
        api.send("POST", "api/v1/imports/" + id + "/run", rep, null);
        JsonNode real = awaitRun(id, "run");

        HttpResponse<String> dryReport = api.get("api/v1/imports/" + id + "/report?run=dry", rep);
        assertThat(counts(dry)).as(dry + "\n" + dryReport.statusCode() + " " + dryReport.body())
                .isEqualTo("4/1/2/0/1");
        assertThat(counts(real)).as(api.get("api/v1/imports/" + id + "/report", rep).body())
                .isEqualTo(counts(dry));
        assertThat(api.get("api/v1/imports/" + id + "/report", rep).body()).contains("customerId: no account has");
        JsonNode account = JSON.readTree(api.get("api/v1/accounts/" + known.get("id").asText(), rep).body());
        assertThat(account.get("tier").asText()).isEqualTo("A");
        assertThat(api.get("api/v1/accounts/" + known.get("id").asText() + "/contacts", rep).body())
                .contains("Eva Berg");
        String mine = api.get("api/v1/accounts?size=200", rep).body();
        assertThat(mine.split("Lind Marine " + unique, -1)).as("one account for both rows of Lind Marine").hasSize(2);
    }

    @Test
    void a_deal_list_opens_deals_on_known_customers_in_their_stages_and_updates_a_deal_it_meets_again()
            throws Exception {
        HttpResponse<String> customer = api.send("POST", "api/v1/accounts", rep, "{\"name\": \"Baltic Pumps " + unique
                + "\", \"country\": \"LV\"}");
        assertThat(customer.statusCode()).as(customer.body()).isEqualTo(201);
        String due = ApiClient.inHours(48);
        String csv = "客户名称,商机名称,Amount,Currency,Stage,Close date,Next step,Next step date,Product\n"
                + "Baltic Pumps " + unique + ",Pumps 2027,25000,EUR,Quote,2027-06-30,Call about the quote," + due
                + ",pumps\n"
                + "BALTIC PUMPS " + unique + " LTD,pumps 2027,26000,EUR,,,,,\n"
                + "Unknown " + unique + ",Ghost,,,,,Call," + due + ",\n";

        JsonNode job = JSON.readTree(upload("deals.csv", "text/csv", csv, rep, "deals").body());
        String id = job.get("id").asText();
        assertThat(job.get("type").asText()).isEqualTo("deals");
        api.send("POST", "api/v1/imports/" + id + "/dry-run", rep, null);
        JsonNode dry = awaitRun(id, "dryRun");
        api.send("POST", "api/v1/imports/" + id + "/run", rep, null);
        JsonNode real = awaitRun(id, "run");

        assertThat(counts(dry)).isEqualTo("3/1/1/0/1");
        assertThat(counts(real)).isEqualTo(counts(dry));
        assertThat(api.get("api/v1/imports/" + id + "/report", rep).body())
                .contains("companyName: no account is named 'Unknown " + unique + "'");
        JsonNode deal = null;
        for (JsonNode mine : JSON.readTree(api.get("api/v1/deals?size=200", rep).body()).get("items")) {
            if (mine.get("accountId").asText().equals(JSON.readTree(customer.body()).get("id").asText())) {
                deal = mine;
            }
        }
        assertThat(deal).as("the imported deal on Baltic Pumps").isNotNull();
        assertThat(deal.toString()).contains("\"title\":\"Pumps 2027\"").contains("\"stage\":\"quote\"")
                .contains("\"amount\":\"26000.00\"");
    }

    @Test
    void an_admin_imports_the_catalogue_from_a_chinese_price_list_a_row_per_sku_and_currency() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        String sku = "IMP-" + unique.toUpperCase(java.util.Locale.ROOT);
        String csv = "货号,品名,单位,币种,单价,底价,成本\n"
                + sku + ",Ball valve DN80,pcs,USD,62.00,55,41\n"
                + sku + ",,,EUR,58.00,,\n"
                + sku + "-B,Gasket,pcs,USD,2,3,\n";
        assertThat(upload("prices.csv", "text/csv", csv, rep, "products").statusCode())
                .as("admins keep the catalogue").isEqualTo(403);
        JsonNode job = JSON.readTree(upload("prices.csv", "text/csv", csv, admin, "products").body());
        String id = job.get("id").asText();
        assertThat(job.get("type").asText()).isEqualTo("products");
        assertThat(job.get("mapping").toString()).contains("\"sku\":0").contains("\"listPrice\":4")
                .contains("\"unitCost\":6");
        api.send("POST", "api/v1/imports/" + id + "/dry-run", admin, null);
        JsonNode dry = awaitRun(id, "dryRun", admin);
        api.send("POST", "api/v1/imports/" + id + "/run", admin, null);
        JsonNode real = awaitRun(id, "run", admin);
        assertThat(counts(dry)).isEqualTo("3/1/1/0/1");
        assertThat(counts(real)).isEqualTo(counts(dry));
        assertThat(api.get("api/v1/imports/" + id + "/report", admin).body()).contains("floor");

        JsonNode valve = null;
        for (JsonNode product : JSON.readTree(api.get("api/v1/products", rep).body())) {
            if (product.get("sku").asText().equals(sku)) {
                valve = product;
            }
        }
        assertThat(valve).as("the imported product, in the catalogue reps quote from").isNotNull();
        assertThat(valve.get("name").asText()).isEqualTo("Ball valve DN80");
        assertThat(valve.get("prices")).hasSize(2);
        assertThat(valve.get("prices").toString()).contains("\"currency\":\"EUR\"").contains("\"list\":\"58.00\"")
                .contains("\"unitCost\":\"41.00\"");
    }

    @Test
    void a_cancelled_run_stops_between_batches_and_others_see_nothing_of_the_job() throws Exception {
        StringBuilder csv = new StringBuilder("name,email,country\n");
        for (int row = 1; row <= 10_000; row++) {
            csv.append("Person ").append(row).append(",p").append(row).append('@').append(unique).append("-c")
                    .append(row).append(".example,FR\n");
        }
        String id = JSON.readTree(upload("big.csv", "text/csv", csv.toString(), rep).body()).get("id").asText();

        assertThat(api.send("POST", "api/v1/imports/" + id + "/run", rep, null).statusCode()).isEqualTo(202);
        HttpResponse<String> cancel = api.send("POST", "api/v1/imports/" + id + "/cancel", rep, null);
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(200);
        JsonNode run = awaitRun(id, "run");

        assertThat(run.get("status").asText()).isEqualTo("cancelled");
        assertThat(run.get("rowsDone").asInt()).isLessThan(10_000).isEqualTo(run.get("created").asInt());
        assertThat(run.get("rowsDone").asInt() % 500).as("whole batches only").isZero();

        DemoUser other = ServiceUnderTest.shared().secondAcmeRep();
        String otherRep = ServiceUnderTest.shared().stack().accessToken(other.email(), other.password());
        assertThat(api.get("api/v1/imports/" + id, otherRep).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/imports/" + id, ApiClient.token(CrmRole.TENANT_ADMIN, false)).statusCode())
                .isEqualTo(404);
        assertThat(api.get("api/v1/imports/" + id, ApiClient.token(CrmRole.TENANT_ADMIN, true)).statusCode())
                .as("the tenant's admin sees every import").isEqualTo(200);
    }

    @Test
    void files_that_are_not_spreadsheets_are_refused_naming_the_file() throws Exception {
        HttpResponse<String> xls = upload("old.xls", "application/octet-stream", "\u00d0\u00cf\u0011\u00e0", rep);
        assertThat(xls.statusCode()).isEqualTo(422);
        assertThat(xls.body()).contains("\"field\":\"file\"");
        HttpResponse<String> empty = upload("empty.csv", "text/csv", "", rep);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("\"field\":\"file\"");
        assertThat(upload("x.csv", "text/csv", "a,b\n1,2\n", null).statusCode()).isEqualTo(401);
    }

    /** A made-up name of its own for each row, as a real list has (not "Company 1", "Company 2"). */
    private static String word(int seed, int length) {
        Random letters = new Random(seed);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append((char) ('a' + letters.nextInt(26)));
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    private HttpResponse<String> upload(String name, String type, String body, String token) throws Exception {
        return upload(name, type, body, token, "leads");
    }

    private HttpResponse<String> upload(String name, String type, String body, String token, String records)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve("api/v1/imports?name=" + name + "&type=" + records))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitRun(String id, String which) throws Exception {
        return awaitRun(id, which, rep);
    }

    private JsonNode awaitRun(String id, String which, String token) throws Exception {
        Instant until = Instant.now().plusSeconds(120);
        while (true) {
            HttpResponse<String> job = api.get("api/v1/imports/" + id, token);
            assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
            JsonNode run = JSON.readTree(job.body()).get(which);
            if (run != null && !run.isNull() && !run.get("status").asText().equals("running")) {
                return run;
            }
            assertThat(Instant.now()).as("the " + which + " ends: " + job.body()).isBefore(until);
            Thread.sleep(250);
        }
    }

    private static String counts(JsonNode run) {
        return run.get("rowsDone").asInt() + "/" + run.get("created").asInt() + "/" + run.get("updated").asInt()
                + "/" + run.get("skipped").asInt() + "/" + run.get("rejected").asInt()
                + (run.get("toReview").asInt() > 0 ? "/" + run.get("toReview").asInt() : "");
    }

    /** Leads of acme from imports whose email names this test's companies, read as the schema's owner. */
    private long importedLeads() throws Exception {
        try (Connection owner = ServiceUnderTest.shared().stack().ownerDataSource().getConnection();
             PreparedStatement enter = owner.prepareStatement("select set_config('app.tenant_id', ?, false)");
             PreparedStatement count = owner.prepareStatement("select count(*) from lead where email like ?")) {
            enter.setString(1, ServiceUnderTest.shared().acme().id().value());
            enter.execute();
            count.setString(1, "%" + unique + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
