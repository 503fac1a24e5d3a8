package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.core.tenant.CrmRole;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicates over HTTP on real Payara, PostgreSQL and Keycloak: an intake says who a lead may already be (or is
 * refused when the tenant blocks), a check answers before anything is typed in, two accounts merge and unmerge,
 * and an admin's whole-tenant scan runs in the background.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuplicatesApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    ApiClient api;
    String rep;
    String admin;
    /** Makes this run's people and companies its own in the shared tenant. */
    String unique;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void people() {
        api = new ApiClient(base);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_inquiry_from_someone_already_here_says_who_and_why_and_a_blocking_tenant_refuses_it() throws Exception {
        String email = "ana." + unique + "@costa-" + unique + ".pt";
        String first = lead("Ana Costa", "Costa Textiles " + unique, email);

        HttpResponse<String> again = post("api/v1/leads", rep, leadJson("Costa, Ana", null, email.toUpperCase()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        JsonNode possible = JSON.readTree(again.body()).get("possibleDuplicates");
        assertThat(possible).as(again.body()).isNotEmpty();
        assertThat(possible.get(0).get("id").asText()).isEqualTo(first);
        assertThat(possible.get(0).get("type").asText()).isEqualTo("lead");
        assertThat(possible.get(0).get("sure").asBoolean()).isTrue();
        assertThat(possible.get(0).get("reasons").toString()).contains("same mailbox " + email);

        HttpResponse<String> check = post("api/v1/duplicates/check", rep, "{\"email\": \"" + email + "\"}");
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains(first);
        assertThat(post("api/v1/duplicates/check", ApiClient.token(CrmRole.TENANT_ADMIN, false),
                "{\"email\": \"" + email + "\"}").body()).as("another tenant's people are no candidates")
                .doesNotContain(first).contains("\"matches\":[]");
        HttpResponse<String> nothing = post("api/v1/duplicates/check", rep, "{\"country\": \"PT\"}");
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(nothing.body()).contains("personName");

        setting("crm.duplicates.on-intake", "block");
        try {
            HttpResponse<String> refused = post("api/v1/leads", rep, leadJson("Ana Costa", null, email));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("duplicateOf").contains("lead/" + first).contains("same mailbox");
        } finally {
            setting("crm.duplicates.on-intake", "warn");
        }
    }

    @Test
    void two_accounts_merge_into_one_and_an_unmerge_gives_both_back() throws Exception {
        String company = "Nordic Valves " + unique;
        JsonNode firstConversion = convert(lead("Ola Nordmann", company, "ola@nordic-" + unique + ".no"));
        JsonNode secondConversion = convert(lead("Kari Nordmann", company + " AS", "kari@nordic-" + unique + ".no"));
        String survivor = firstConversion.get("accountId").asText();
        String merged = secondConversion.get("accountId").asText();
        assertThat(secondConversion.get("possibleDuplicates").toString()).as("the conversion said so")
                .contains(survivor);

        HttpResponse<String> merge = post("api/v1/merges", rep, "{\"type\": \"account\", \"survivor\": \"" + survivor
                + "\", \"merged\": \"" + merged + "\", \"fields\": {\"name\": \"merged\"}, \"reason\": \"one firm\"}");
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(201);
        JsonNode mergeView = JSON.readTree(merge.body());
        String mergeId = mergeView.get("id").asText();
        assertThat(mergeView.get("repointed").asInt()).as(merge.body()).isGreaterThanOrEqualTo(3);
        assertThat(api.get("api/v1/accounts/" + merged, rep).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/accounts/" + survivor, rep).body()).contains(company + " AS");
        assertThat(JSON.readTree(api.get("api/v1/accounts/" + survivor + "/contacts", rep).body())).hasSize(2);
        HttpResponse<String> tombstone = api.get("api/v1/merges?merged=account/" + merged, rep);
        assertThat(tombstone.statusCode()).as(tombstone.body()).isEqualTo(200);
        assertThat(tombstone.body()).contains("\"survivor\":\"" + survivor + "\"");
        String globex = ApiClient.token(CrmRole.SALES_MANAGER, false);
        assertThat(api.get("api/v1/merges/" + mergeId, globex).statusCode()).isEqualTo(404);
        assertThat(post("api/v1/merges/" + mergeId + "/undo", globex, "{}").statusCode()).isEqualTo(404);

        HttpResponse<String> undone = post("api/v1/merges/" + mergeId + "/undo", rep, "{\"reason\": \"two firms\"}");
        assertThat(undone.statusCode()).as(undone.body()).isEqualTo(200);
        assertThat(undone.body()).contains("undoneAt");
        assertThat(api.get("api/v1/accounts/" + merged, rep).statusCode()).isEqualTo(200);
        assertThat(api.get("api/v1/accounts/" + survivor, rep).body()).contains("\"name\":\"" + company + "\"");
        assertThat(JSON.readTree(api.get("api/v1/accounts/" + survivor + "/contacts", rep).body())).hasSize(1);
        assertThat(post("api/v1/merges/" + mergeId + "/undo", rep, "{}").statusCode()).isEqualTo(422);
    }

    @Test
    void an_admin_scans_the_whole_tenant_in_the_background_and_reads_the_clusters() throws Exception {
        String phone = "+47 22 " + (10 + (unique.hashCode() & 0x3f)) + " " + (1000 + (unique.hashCode() & 0x3ff));
        String first = lead("Per " + unique + " Hansen", null, null, phone);
        String second = lead("Hansen Per " + unique, null, null, phone);

        HttpResponse<String> started = post("api/v1/duplicates/scans", admin, "{\"type\": \"lead\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("api/v1/"));
        JsonNode scan = JSON.readTree(started.body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (scan.get("status").asText().equals("RUNNING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            scan = JSON.readTree(api.get(path, admin).body());
        }

        assertThat(scan.get("status").asText()).as(scan.toString()).isEqualTo("DONE");
        assertThat(scan.get("records").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(scan.get("clusters").toString()).contains(first).contains(second).contains("same phone");
        assertThat(post("api/v1/duplicates/scans", rep, "{\"type\": \"lead\"}").statusCode()).isEqualTo(403);
        assertThat(post("api/v1/duplicates/scans", admin, "{\"type\": \"deal\"}").body()).contains("type");
        assertThat(api.get(path, ApiClient.token(CrmRole.TENANT_ADMIN, false)).statusCode()).isEqualTo(404);
    }

    @Test
    void one_common_name_with_other_emails_and_phones_is_not_sure_and_its_pinyin_with_the_same_phone_is() throws Exception {
        java.util.Random random = new java.util.Random();
        String phone = String.valueOf(20_000_000 + random.nextInt(70_000_000));
        String first = lead("Wang Wei", "Ningbo Hardware " + unique + " Co., Ltd", "wang.wei@ningbohw-" + unique
                + ".cn", "+86 574 " + phone);

        HttpResponse<String> another = post("api/v1/duplicates/check", rep, "{\"personName\": \"Wang Wei\","
                + " \"companyName\": \"Ningbo Hardware " + unique + " Trading Co., Ltd\", \"email\": \"wangwei@nbtrading-"
                + unique + ".com\", \"phone\": \"+86 574 " + (Integer.parseInt(phone) + 1) + "\", \"country\": \"NO\"}");
        assertThat(another.statusCode()).as(another.body()).isEqualTo(200);
        for (JsonNode match : JSON.readTree(another.body()).get("matches")) {
            if (match.get("id").asText().equals(first)) {
                assertThat(match.get("sure").asBoolean()).as(another.body()).isFalse();
                assertThat(match.get("evidence").findValuesAsText("code")).contains("different-email-domains",
                        "different-phones");
            }
        }

        HttpResponse<String> same = post("api/v1/duplicates/check", rep, "{\"personName\": \"王伟\","
                + " \"phone\": \"+86 574 " + phone + "\", \"country\": \"NO\"}");
        JsonNode match = JSON.readTree(same.body()).get("matches").get(0);
        assertThat(match.get("id").asText()).as(same.body()).isEqualTo(first);
        assertThat(match.get("sure").asBoolean()).isTrue();
        assertThat(match.get("evidence").findValuesAsText("code")).contains("same-phone", "same-person-name");
        assertThat(match.get("reasons").toString()).contains("same person's name 王伟 = wang wei");
    }

    private String lead(String person, String company, String email) throws Exception {
        return lead(person, company, email, null);
    }

    private String lead(String person, String company, String email, String phone) throws Exception {
        HttpResponse<String> created = post("api/v1/leads", rep, leadJson(person, company, email, phone));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("id").asText();
    }

    private static String leadJson(String person, String company, String email) {
        return leadJson(person, company, email, null);
    }

    private static String leadJson(String person, String company, String email, String phone) {
        return "{\"source\": \"trade_show\", \"contact\": {\"personName\": \"" + person + "\""
                + (company == null ? "" : ", \"companyName\": \"" + company + "\"")
                + (email == null ? "" : ", \"email\": \"" + email + "\"")
                + (phone == null ? "" : ", \"phone\": \"" + phone + "\"") + "}, \"country\": \"NO\"}";
    }

    private JsonNode convert(String lead) throws Exception {
        HttpResponse<String> converted = post("api/v1/leads/" + lead + "/conversion", rep,
                "{\"dealTitle\": \"Valves\", \"nextStep\": {\"action\": \"Call\", \"due\": \"" + ApiClient.inHours(10)
                        + "\"}}");
        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(201);
        return JSON.readTree(converted.body());
    }

    private void setting(String key, String value) throws Exception {
        HttpResponse<String> set = api.send("PUT", "api/v1/admin/settings/" + key, admin,
                "{\"value\": \"" + value + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String token, String json) throws Exception {
        return api.send("POST", path, token, json);
    }
}
