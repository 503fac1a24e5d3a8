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

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web forms and marketplaces post inquiries with an intake key, on real Payara, PostgreSQL and Keycloak: the lead
 * is taken in like a user's (scored, timed, checked for duplicates), a retry with the same message id creates
 * nothing new, a revoked or wrong key is refused, and a key has an hourly allowance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    ApiClient api;
    String admin;
    String unique;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void people() {
        api = new ApiClient(base);
        admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_form_post_with_a_key_becomes_a_lead_like_any_other_and_a_retry_creates_nothing_new() throws Exception {
        String key = issue("website contact form " + unique, "web_form");
        String inquiry = "{\"messageId\": \"form-" + unique + "\", \"contact\": {\"personName\": \"Eva Lind\","
                + " \"companyName\": \"Lind Marine " + unique + "\", \"email\": \"eva@lind-" + unique + ".se\"},"
                + " \"country\": \"SE\", \"productInterest\": \"valves\", \"message\": \"Need 200 DN50 valves\","
                + " \"attachments\": [{\"fileName\": \"drawing.pdf\", \"mediaType\": \"application/pdf\","
                + " \"sizeBytes\": 52000, \"location\": \"https://forms.example/f/1\"}]}";

        HttpResponse<String> posted = post(key, "application/json", inquiry);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String leadId = JSON.readTree(posted.body()).get("leadId").asText();
        HttpResponse<String> again = post(key, "application/json", inquiry);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).get("leadId").asText()).as("the same message, the same lead")
                .isEqualTo(leadId);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");

        JsonNode lead = JSON.readTree(api.get("api/v1/leads/" + leadId, admin).body());
        assertThat(lead.get("source").asText()).isEqualTo("WEB_FORM");
        assertThat(lead.get("sourceDetail").asText()).isEqualTo("website contact form " + unique);
        assertThat(lead.get("attachments").get(0).get("fileName").asText()).isEqualTo("drawing.pdf");
        JsonNode score = JSON.readTree(api.get("api/v1/leads/" + leadId + "/score", admin).body());
        assertThat(score.at("/rules/0/said/code").asText()).as("what a rule read, for the console to translate")
                .isEqualTo("answer");
        assertThat(score.at("/rules/0/said/values/field").asText()).isEqualTo("needClarity");
        assertThat(api.get("api/v1/leads/" + leadId + "/sla", admin).body()).contains("\"name\":\"first response\"");
        assertThat(api.get("api/v1/leads/" + leadId + "/ownership", admin).statusCode()).isEqualTo(200);

        // an HTML form posts form-encoded fields; the same person again is said to be a possible duplicate
        HttpResponse<String> form = post(key, "application/x-www-form-urlencoded", form(
                "messageId", "form2-" + unique, "personName", "Eva Lind", "email", "EVA@lind-" + unique + ".se",
                "country", "SE", "message", "Any news?", "attachmentName", "spec.xlsx", "attachmentSize", "900",
                "attachmentUrl", "https://forms.example/f/2"));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(201);
        assertThat(JSON.readTree(form.body()).get("possibleDuplicate").asBoolean()).isTrue();
        HttpResponse<String> twice = post(key, "application/x-www-form-urlencoded",
                form("email", "a@b.se", "email", "c@d.se", "country", "SE"));
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(twice.body()).contains("\"field\":\"email\"");
        HttpResponse<String> badEmail = post(key, "application/json",
                "{\"contact\": {\"personName\": \"X\", \"email\": \"not-an-email\"}, \"country\": \"SE\"}");
        assertThat(badEmail.statusCode()).isEqualTo(422);
        assertThat(badEmail.body()).contains("contact.email");
    }

    /**
     * A web form's post can be the first thing an instance hears of its tenant: the tenant's row changes behind the
     * service's back (its notice drops what the service kept), then a post comes with the key and no user token.
     */
    @Test
    void a_form_post_is_taken_when_the_service_holds_nothing_of_its_tenant() throws Exception {
        String key = issue("fair stand form " + unique, "web_form");
        ServiceUnderTest.shared().setTenantStatus(ServiceUnderTest.shared().acme().id(), "ACTIVE");
        Thread.sleep(500); // the notice arrives within milliseconds
        HttpResponse<String> posted = post(key, "application/json", "{\"contact\": {\"personName\": \"Ole Berg\","
                + " \"email\": \"ole@berg-" + unique + ".no\"}, \"country\": \"NO\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    }

    @Test
    void a_revoked_wrong_or_missing_key_is_refused_and_a_key_has_an_hourly_allowance() throws Exception {
        String key = issue("marketplace " + unique, "marketplace");
        String inquiry = "{\"contact\": {\"personName\": \"Raj Patel\", \"phone\": \"+91 22 1234 5678\"},"
                + " \"country\": \"IN\"}";
        assertThat(post(key, "application/json", inquiry).statusCode()).isEqualTo(201);

        for (String wrong : new String[] {null, "", "garbage", key.substring(0, key.length() - 2) + "xx",
                key.replace(ServiceUnderTest.shared().acme().id().value(),
                        ServiceUnderTest.shared().globex().id().value())}) {
            HttpResponse<String> refused = post(wrong, "application/json", inquiry);
            assertThat(refused.statusCode()).as(wrong + ": " + refused.body()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }

        String keyId = key.split("\\.")[2];
        HttpResponse<String> revoked = api.send("POST", "api/v1/admin/intake-keys/" + keyId + "/revocation", admin,
                "{\"reason\": \"the marketplace contract ended\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(post(key, "application/json", inquiry).statusCode()).as("revoked").isEqualTo(401);
        JsonNode listed = JSON.readTree(api.get("api/v1/admin/intake-keys", admin).body());
        JsonNode mine = null;
        for (JsonNode entry : listed) {
            if (entry.get("id").asText().equals(keyId)) {
                mine = entry;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.has("revokedAt")).isTrue();
        assertThat(mine.has("key")).as("a secret is shown once").isFalse();
        assertThat(mine.has("lastUsedAt")).isTrue();
        assertThat(api.send("POST", "api/v1/admin/intake-keys", ApiClient.token(CrmRole.SALES_MANAGER, true),
                "{\"name\": \"x\"}").statusCode()).isEqualTo(403);

        String busy = issue("busy form " + unique, null);
        int created = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i <= ServiceUnderTest.INTAKE_POSTS_PER_HOUR; i++) {
            last = post(busy, "application/json", "{\"contact\": {\"personName\": \"Visitor " + i + "\", \"email\":"
                    + " \"v" + i + "-" + unique + "@example.org\"}, \"country\": \"DE\"}");
            if (last.statusCode() == 201) {
                created++;
            }
        }
        assertThat(created).isEqualTo(ServiceUnderTest.INTAKE_POSTS_PER_HOUR);
        assertThat(last.statusCode()).as(last.body()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    private String issue(String name, String channel) throws Exception {
        HttpResponse<String> issued = api.send("POST", "api/v1/admin/intake-keys", admin, "{\"name\": \"" + name
                + "\"" + (channel == null ? "" : ", \"channel\": \"" + channel + "\"") + "}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("key").asText();
    }

    private HttpResponse<String> post(String key, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve("api/v1/intake/leads"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Intake-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
