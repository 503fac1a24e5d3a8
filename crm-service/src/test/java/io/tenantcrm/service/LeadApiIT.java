package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads over HTTP on a real Payara Micro, PostgreSQL and Keycloak: crm-core's intake through the JTA unit of
 * work, both tenant walls in the container, and problem details for every refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LeadApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @ArquillianResource
    URL base;

    ApiClient api;

    @org.junit.jupiter.api.BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    static final String INQUIRY = """
            {"source": "marketplace", "sourceDetail": "Alibaba",
             "contact": {"personName": "Li Wei", "companyName": "Shenzhen Pumps", "email": "li.wei@szpumps.cn",
                         "phone": "138 0013 8000"},
             "country": "CN", "productInterest": "stainless impellers"}""";

    @Test
    void a_rep_takes_in_a_lead_and_reads_it_back() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);

        HttpResponse<String> created = send("POST", "api/v1/leads", rep, INQUIRY);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = id(created.body());
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(created.body()).contains("\"status\":\"NEW\"").contains("\"phone\":\"+8613800138000\"")
                .contains("\"email\":\"li.wei@szpumps.cn\"");
        HttpResponse<String> read = send("GET", "api/v1/leads/" + id, rep, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"id\":\"" + id + "\"").contains("\"version\":1");
    }

    @Test
    void another_tenants_lead_is_404_not_403() throws Exception {
        String id = id(send("POST", "api/v1/leads", ApiClient.token(CrmRole.SALES_REP, true), INQUIRY).body());

        HttpResponse<String> foreign = send("GET", "api/v1/leads/" + id, ApiClient.token(CrmRole.TENANT_ADMIN, false), null);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertProblem(foreign);
        assertThat(send("GET", "api/v1/leads/not-a-uuid", ApiClient.token(CrmRole.SALES_REP, true), null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void an_incomplete_inquiry_is_422_naming_every_field_and_writes_nothing() throws Exception {
        String manager = ApiClient.token(CrmRole.SALES_MANAGER, true);
        int before = countUnassigned(manager);

        HttpResponse<String> refused = send("POST", "api/v1/leads", manager,
                "{\"source\": \"fax\", \"contact\": {\"email\": \"not-an-email\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertProblem(refused);
        assertThat(refused.body()).contains("\"field\":\"source\"").contains("\"field\":\"contact.email\"")
                .doesNotContain("Exception");
        assertThat(countUnassigned(manager)).isEqualTo(before);

        HttpResponse<String> missing = send("POST", "api/v1/leads", manager, "{\"source\": \"email\"}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"contact.personName\"").contains("\"field\":\"country\"");
    }

    @Test
    void each_violation_carries_a_stable_code_a_client_translates() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);

        HttpResponse<String> refused = send("POST", "api/v1/leads", rep,
                "{\"source\": \"trade-show\", \"contact\": {\"personName\": \"Li Na\", \"email\": \"li@@na\"}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("{\"field\":\"contact.email\",\"message\":\"'li@@na' must contain exactly"
                + " one @\",\"code\":\"email\"}");

        HttpResponse<String> missing = send("POST", "api/v1/leads", rep, "{\"source\": \"email\"}");
        assertThat(missing.body()).contains("\"code\":\"name-or-company\"").contains("\"code\":\"email-or-phone\"")
                .contains("{\"field\":\"country\",\"message\":\"is required\",\"code\":\"required\"}");
    }

    @Test
    void a_rep_takes_an_unassigned_lead_and_a_second_taker_is_told_who_has_it() throws Exception {
        String manager = ApiClient.token(CrmRole.SALES_MANAGER, false);
        HttpResponse<String> created = send("POST", "api/v1/leads", manager, "{\"source\": \"web-form\","
                + " \"contact\": {\"personName\": \"Wang Wei\", \"email\": \"wang.wei." + System.nanoTime()
                + "@ningbohw.cn\"}, \"country\": \"CN\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String lead = "api/v1/leads/" + id(created.body());
        String rep = ApiClient.token(CrmRole.SALES_REP, false);

        HttpResponse<String> taken = api.send("POST", lead + "/take", rep, null, "If-Match", api.etag(lead, rep));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(api.get(lead + "/ownership", rep).body()).contains("taken from the unassigned queue");

        HttpResponse<String> again = api.send("POST", lead + "/take", manager, null, "If-Match",
                api.etag(lead, manager));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
        assertThat(again.body()).contains("already belongs to");

        HttpResponse<String> otherTenant = api.send("POST", lead + "/take", ApiClient.token(CrmRole.SALES_REP, true),
                null, "If-Match", "*");
        assertThat(otherTenant.statusCode()).isEqualTo(404);
    }

    @Test
    void malformed_json_is_400_problem_json() throws Exception {
        HttpResponse<String> response = send("POST", "api/v1/leads", ApiClient.token(CrmRole.SALES_REP, true), "{\"source\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).doesNotContain("at org.");
        HttpResponse<String> wrongType = send("POST", "api/v1/leads", ApiClient.token(CrmRole.SALES_REP, true),
                "{\"source\": \"email\", \"contact\": \"Li Wei\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertProblem(wrongType);
    }

    @Test
    void the_unassigned_queue_is_paged_with_a_cursor() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        for (int i = 0; i < 3; i++) {
            send("POST", "api/v1/leads", rep, INQUIRY);
        }

        HttpResponse<String> first = send("GET", "api/v1/leads?view=unassigned&size=2", rep, null);

        assertThat(first.statusCode()).isEqualTo(200);
        Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(first.body());
        assertThat(next.find()).as(first.body()).isTrue();
        HttpResponse<String> second = send("GET", "api/v1/leads?view=unassigned&size=2&after=" + next.group(1), rep,
                null);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(ids(second.body())).doesNotContainAnyElementsOf(ids(first.body()));
        assertThat(send("GET", "api/v1/leads?size=0", rep, null).statusCode()).isEqualTo(422);
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_makes_one_lead() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        String key = "intake-" + System.nanoTime();

        HttpResponse<String> first = send("POST", "api/v1/leads", rep, INQUIRY, key);
        HttpResponse<String> retry = send("POST", "api/v1/leads", rep, INQUIRY, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(id(retry.body())).isEqualTo(id(first.body()));
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));

        HttpResponse<String> otherBody = send("POST", "api/v1/leads", rep, INQUIRY.replace("Li Wei", "Wang Fang"), key);
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(otherBody.body()).contains("\"field\":\"Idempotency-Key\"");

        HttpResponse<String> elsewhere = send("POST", "api/v1/leads", ApiClient.token(CrmRole.SALES_REP, false), INQUIRY, key);
        assertThat(elsewhere.statusCode()).as("keys are per tenant").isEqualTo(201);
        assertThat(id(elsewhere.body())).isNotEqualTo(id(first.body()));
    }

    @Test
    void a_lead_is_nurtured_taken_up_again_and_qualified_each_change_at_the_version_read() throws Exception {
        String rep = ApiClient.token(CrmRole.SALES_REP, true);
        HttpResponse<String> created = api.send("POST", "api/v1/leads", rep, INQUIRY);
        String lead = "api/v1/leads/" + created.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        assertThat(api.send("GET", lead, rep, null).headers().firstValue("ETag")).contains("\"1\"");

        assertThat(api.send("POST", lead + "/work", rep, null).statusCode()).as("without If-Match").isEqualTo(428);
        assertThat(api.send("POST", lead + "/work", rep, null, "If-Match", "\"1\"").body())
                .contains("\"status\":\"WORKING\"");
        assertThat(api.send("POST", lead + "/nurture", rep, "{\"reason\": \"budget next year\"}", "If-Match", "\"1\"")
                .statusCode()).as("a stale ETag").isEqualTo(412);
        assertThat(api.send("POST", lead + "/nurture", rep, "{\"reason\": \"budget next year\"}", "If-Match",
                api.etag(lead, rep)).body()).contains("\"status\":\"NURTURE\"");
        HttpResponse<String> noReason = api.send("POST", lead + "/reopen", rep, "{}", "If-Match", api.etag(lead, rep));
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");
        assertThat(api.send("POST", lead + "/reopen", rep, "{\"reason\": \"they called back\"}", "If-Match",
                api.etag(lead, rep)).body()).contains("\"status\":\"WORKING\"");
        HttpResponse<String> qualified = api.send("POST", lead + "/qualify", rep, null, "If-Match", api.etag(lead, rep));
        assertThat(qualified.body()).contains("\"status\":\"QUALIFIED\"");
        assertThat(qualified.headers().firstValue("ETag")).contains("\"5\"");
        assertThat(api.send("POST", lead + "/qualify", ApiClient.token(CrmRole.SALES_REP, false), null, "If-Match", "*")
                .statusCode()).as("another tenant").isEqualTo(404);
    }

    @Test
    void without_a_token_it_is_401() throws Exception {
        HttpResponse<String> response = send("POST", "api/v1/leads", null, INQUIRY);
        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
    }

    private int countUnassigned(String token) throws Exception {
        int count = 0;
        String after = "";
        while (true) {
            HttpResponse<String> page = send("GET", "api/v1/leads?view=unassigned&size=200" + after, token, null);
            count += ids(page.body()).size();
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(page.body());
            if (!next.find()) {
                return count;
            }
            after = "&after=" + next.group(1);
        }
    }

    private static java.util.List<String> ids(String body) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        Matcher matcher = ID.matcher(body);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        return api.send(method, path, token, json);
    }

    private HttpResponse<String> send(String method, String path, String token, String json, String key)
            throws Exception {
        return api.send(method, path, token, json, "Idempotency-Key", key);
    }
}
