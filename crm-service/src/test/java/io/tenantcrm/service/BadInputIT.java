package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tenantcrm.core.tenant.CrmRole;
import org.assertj.core.api.SoftAssertions;
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
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that reads a body, fed what a careless or hostile client sends: broken JSON, an array, a wrong
 * type in each field, text too long for each field (1 000 characters where a line is expected, 100 000
 * anywhere), unknown enum values, missing required fields. Each must
 * answer 400 or 422 as problem+json naming the field (never a 500, never a stack trace), and change nothing:
 * the records' versions and counts are the same afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HUGE = "x".repeat(100_000);
    static final String LONG = "y".repeat(1_000);
    /** Fields meant for long text: 1 000 characters are fine there. */
    static final java.util.Set<String> LONG_TEXT = java.util.Set.of("message", "summary", "note");

    @ArquillianResource
    URL base;

    ApiClient api;
    String rep;
    String manager;
    String admin;
    String lead;
    String deal;
    String account;

    /** One endpoint: how to call it and a body it accepts; {@code enums} are its fields that take a fixed set. */
    record Endpoint(String method, String path, Supplier<String> token, boolean ifMatch, String body,
                    List<String> required, List<String> enums) {
    }

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void records() throws Exception {
        api = new ApiClient(base);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        manager = ApiClient.token(CrmRole.SALES_MANAGER, true);
        admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        HttpResponse<String> created = api.send("POST", "api/v1/leads", rep, """
                {"source": "trade_show", "contact": {"personName": "Kai Berg", "email": "kai@berg.test"},
                 "country": "SE", "productInterest": "pumps"}""");
        lead = JSON.readTree(created.body()).get("id").asText();
        deal = api.newDeal(rep, """
                {"source": "email", "contact": {"personName": "Lia Horn", "email": "lia@horn.test"},
                 "country": "AT", "productInterest": "seals"}""", "Seals for Horn");
        account = JSON.readTree(api.get("api/v1/deals/" + deal, rep).body()).get("accountId").asText();
    }

    @Test
    void an_action_that_reads_no_body_refuses_one_that_is_not_json_and_changes_nothing() throws Exception {
        String path = "api/v1/leads/" + lead;
        for (String action : new String[] {"work", "qualify"}) {
            HttpResponse<String> broken = api.send("POST", path + "/" + action, rep, "{", "If-Match",
                    api.etag(path, rep));
            assertThat(broken.statusCode()).as(action + ": " + broken.body()).isEqualTo(400);
            assertThat(broken.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(broken.body()).contains("not valid JSON");
        }
        assertThat(JSON.readTree(api.get(path, rep).body()).get("status").asText()).as("nothing changed")
                .isEqualToIgnoringCase("new");
        HttpResponse<String> none = api.send("POST", path + "/work", rep, null, "If-Match", api.etag(path, rep));
        assertThat(none.statusCode()).as(none.body()).isEqualTo(200);
        HttpResponse<String> empty = api.send("POST", path + "/qualify", rep, "{}", "If-Match", api.etag(path, rep));
        assertThat(empty.statusCode()).as("an empty JSON object is no body: " + empty.body()).isEqualTo(200);
    }

    @Test
    void sales_endpoints_refuse_bad_bodies_naming_the_field_and_write_nothing() throws Exception {
        String due = ApiClient.inHours(20);
        String sameAsKai = JSON.readTree(api.send("POST", "api/v1/leads", rep, """
                {"source": "email", "contact": {"personName": "Kai Berg", "email": "kai.berg@berg.test"},
                 "country": "SE"}""").body()).get("id").asText();
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "api/v1/duplicates/check", () -> rep, false, """
                        {"personName": "Kai Berg", "companyName": "Berg AB", "email": "kai@berg.test",
                         "phone": "+46 8 123 456 78", "website": "berg.test", "country": "SE"}""",
                        List.of(), List.of()),
                new Endpoint("POST", "api/v1/merges", () -> rep, false, "{\"type\": \"lead\", \"survivor\": \""
                        + lead + "\", \"merged\": \"" + sameAsKai + "\", \"fields\": {\"email\": \"merged\"},"
                        + " \"reason\": \"same person\"}", List.of("type", "survivor", "merged"), List.of("type")),
                new Endpoint("POST", "api/v1/duplicates/scans", () -> admin, false, "{\"type\": \"lead\"}",
                        List.of("type"), List.of("type")),
                new Endpoint("POST", "api/v1/leads", () -> rep, false, """
                        {"source": "email", "sourceDetail": "fair", "contact": {"personName": "Ann", "companyName": "Co",
                         "email": "ann@co.test", "jobTitle": "buyer"}, "country": "DE", "productInterest": "valves",
                         "message": "hello"}""", List.of("source"), List.of("source", "country")),
                new Endpoint("POST", "api/v1/leads/" + lead + "/qualification", () -> rep, true, """
                        {"needClarity": "specs_or_drawings", "buyingStage": "sampling", "volume": "large",
                         "frequency": "recurring", "requestedPaymentTerms": "open_account",
                         "requestedTradeTerms": "FOB", "companyType": "manufacturer", "productLine": "valves"}""",
                        List.of(), List.of("needClarity", "buyingStage", "volume", "frequency",
                        "requestedPaymentTerms", "requestedTradeTerms", "companyType")),
                new Endpoint("POST", "api/v1/leads/" + lead + "/disqualify", () -> rep, true,
                        "{\"reason\": \"student project\"}", List.of("reason"), List.of()),
                new Endpoint("POST", "api/v1/leads/" + lead + "/nurture", () -> rep, true,
                        "{\"reason\": \"budget next year\"}", List.of(), List.of()),
                new Endpoint("POST", "api/v1/leads/" + lead + "/reopen", () -> rep, true,
                        "{\"reason\": \"they called back\"}", List.of("reason"), List.of()),
                new Endpoint("POST", "api/v1/leads/" + lead + "/owner", () -> manager, true,
                        "{\"owner\": \"nobody-here\", \"reason\": \"territory\"}", List.of("owner", "reason"), List.of()),
                new Endpoint("POST", "api/v1/leads/" + lead + "/conversion", () -> rep, false,
                        "{\"dealTitle\": \"Pumps\", \"nextStep\": {\"action\": \"Call\", \"due\": \"" + due + "\"},"
                                + " \"amount\": {\"amount\": \"1200.00\", \"currency\": \"EUR\"}}",
                        List.of("dealTitle", "nextStep"), List.of("amount.currency")),
                new Endpoint("POST", "api/v1/deals/" + deal + "/stage", () -> rep, true,
                        "{\"stage\": \"needs-confirmed\", \"nextStep\": {\"action\": \"Call\", \"due\": \"" + due
                                + "\"}}", List.of("stage"), List.of("stage")),
                new Endpoint("POST", "api/v1/deals/" + deal + "/next-step", () -> rep, true,
                        "{\"action\": \"Call\", \"due\": \"" + due + "\"}", List.of("action", "due"), List.of()),
                new Endpoint("POST", "api/v1/deals/" + deal + "/lose", () -> rep, true,
                        "{\"category\": \"price\", \"subReason\": \"budget cut\", \"note\": \"n\"}",
                        List.of("category"), List.of("category", "subReason")),
                new Endpoint("POST", "api/v1/deals/" + deal + "/owner", () -> manager, true,
                        "{\"owner\": \"nobody-here\", \"reason\": \"territory\"}", List.of("owner", "reason"), List.of()),
                new Endpoint("POST", "api/v1/deals/" + deal + "/edit", () -> rep, true, """
                        {"title": "Seals", "amount": {"amount": "99.00", "currency": "EUR"}, "expectedClose": "2027-03-31",
                         "productInterest": "seals", "tradeTerms": "FOB", "paymentTerms": "open_account",
                         "probabilityOverride": 50, "reason": "buyer confirmed"}""", List.of(),
                        List.of("tradeTerms", "paymentTerms", "amount.currency")),
                new Endpoint("POST", "api/v1/accounts/" + account + "/edit", () -> rep, true, """
                        {"name": "Horn AG", "tier": "a", "lifecycle": "active", "country": "AT",
                         "timeZone": "Europe/Vienna", "language": "de", "tradeTerms": "FOB",
                         "paymentPreference": "open_account", "website": "https://horn.test"}""", List.of(),
                        List.of("tier", "lifecycle", "country", "timeZone", "tradeTerms", "paymentPreference")),
                new Endpoint("POST", "api/v1/accounts/" + account + "/owner", () -> manager, true,
                        "{\"owner\": \"nobody-here\", \"reason\": \"territory\"}", List.of("owner", "reason"), List.of()),
                new Endpoint("POST", "api/v1/accounts/" + account + "/contacts", () -> rep, false,
                        "{\"name\": \"Ola Horn\", \"email\": \"ola@horn.test\", \"phone\": \"+43 1 5880 0\","
                                + " \"role\": \"finance\"}", List.of(), List.of("role")),
                new Endpoint("POST", "api/v1/accounts", () -> rep, false,
                        "{\"name\": \"Fjord Pumps AS\", \"country\": \"NO\"}", List.of("name"), List.of("country")),
                new Endpoint("POST", "api/v1/deals", () -> rep, false,
                        "{\"accountId\": \"" + account + "\", \"title\": \"More seals\", \"nextStep\": {\"action\":"
                                + " \"Call\", \"due\": \"" + due + "\"}, \"amount\": {\"amount\": \"10.00\", \"currency\":"
                                + " \"EUR\"}, \"expectedClose\": \"2027-01-31\", \"productInterest\": \"seals\","
                                + " \"stage\": \"inquiry\"}", List.of("accountId", "title", "nextStep"),
                        List.of("amount.currency", "stage")),
                new Endpoint("POST", "api/v1/activities", () -> rep, false,
                        "{\"type\": \"call\", \"direction\": \"outbound\", \"about\": [{\"type\": \"deal\", \"id\": \""
                                + deal + "\"}], \"summary\": \"talked\"}", List.of("type", "about"),
                        List.of("type", "direction")));
        check(endpoints);
    }

    @Test
    void admin_endpoints_refuse_bad_bodies_naming_the_field_and_write_nothing() throws Exception {
        String repId = api.userId(admin, ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP).email());
        String managerId = api.userId(admin, ServiceUnderTest.shared().acme().user(CrmRole.SALES_MANAGER).email());
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "api/v1/admin/users", () -> admin, false,
                        "{\"email\": \"new@acme.test\", \"firstName\": \"New\", \"lastName\": \"Person\","
                                + " \"roles\": [\"sales-rep\"]}", List.of("email", "roles"), List.of()),
                new Endpoint("PUT", "api/v1/admin/users/" + repId + "/roles", () -> admin, false,
                        "{\"roles\": [\"sales-rep\"]}", List.of("roles"), List.of()),
                new Endpoint("POST", "api/v1/admin/users/" + repId + "/handover", () -> admin, false,
                        "{\"to\": \"" + managerId + "\", \"reason\": \"r\"}", List.of("to", "reason"), List.of()),
                new Endpoint("PUT", "api/v1/admin/teams/" + managerId, () -> admin, false,
                        "{\"members\": [\"" + repId + "\"]}", List.of("members"), List.of()),
                new Endpoint("PUT", "api/v1/admin/settings/crm.health.red-after", () -> admin, false,
                        "{\"value\": \"P14D\"}", List.of(), List.of()),
                new Endpoint("PUT", "api/v1/pipeline", () -> admin, false, api.get("api/v1/pipeline", admin).body(),
                        List.of(), List.of()),
                new Endpoint("POST", "api/v1/admin/tenant/deletion", () -> admin, false,
                        "{\"confirm\": \"not-acme\"}", List.of("confirm"), List.of()),
                new Endpoint("POST", "api/v1/mailboxes", () -> rep, false,
                        "{\"address\": \"rep@acme.test\", \"host\": \"127.0.0.1\", \"port\": 1,"
                                + " \"security\": \"none\", \"password\": \"x\"}", List.of("address", "host", "password"),
                        List.of("security")),
                new Endpoint("POST", "api/v1/admin/webhooks", () -> admin, false,
                        "{\"url\": \"http://127.0.0.1:9/never\", \"events\": [\"deal.won\"],"
                                + " \"description\": \"ERP\"}", List.of("url", "events"), List.of()));
        check(endpoints);
    }

    private void check(List<Endpoint> endpoints) throws Exception {
        String before = state();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : endpoints) {
            expectRefused(softly, endpoint, "{\"broken\": ", null);
            expectRefused(softly, endpoint, "[1, 2]", null);
            expectRefused(softly, endpoint, "\"just text\"", null);
            ObjectNode valid = (ObjectNode) JSON.readTree(endpoint.body());
            expectUnknown(softly, endpoint, with(valid, "emial", JSON.getNodeFactory().textNode("a@b.test")), "emial");
            for (String field : textFields(valid, "")) {
                expectRefused(softly, endpoint, with(valid, field, JSON.createObjectNode().put("x", 1)), field);
                expectRefused(softly, endpoint, with(valid, field, JSON.getNodeFactory().textNode(HUGE)), field);
                if (!LONG_TEXT.contains(field)) {
                    expectRefused(softly, endpoint, with(valid, field, JSON.getNodeFactory().textNode(LONG)), field);
                }
            }
            for (String field : endpoint.enums()) {
                expectRefused(softly, endpoint, with(valid, field, JSON.getNodeFactory().textNode("no-such-value")),
                        field);
            }
            for (String field : endpoint.required()) {
                ObjectNode without = valid.deepCopy();
                without.remove(field);
                expectRefused(softly, endpoint, without.toString(), field);
            }
        }
        softly.assertThat(state()).as("nothing was written").isEqualTo(before);
        softly.assertAll();
    }

    /** The versions of the records the endpoints would change, and how many there are of what they create. */
    private String state() throws Exception {
        return String.join("|", etag("api/v1/leads/" + lead), etag("api/v1/deals/" + deal),
                etag("api/v1/accounts/" + account),
                Integer.toString(JSON.readTree(api.get("api/v1/timeline/deal/" + deal + "?size=200", rep).body())
                        .get("items").size()),
                Integer.toString(JSON.readTree(api.get("api/v1/accounts/" + account + "/contacts", rep).body())
                        .size()),
                Integer.toString(JSON.readTree(api.get("api/v1/admin/users", admin).body()).size()),
                api.get("api/v1/deals?view=mine&size=200", rep).body().replaceAll("\"next\":\"[^\"]*\"", ""),
                api.get("api/v1/accounts?size=200", rep).body().replaceAll("\"next\":\"[^\"]*\"", ""),
                api.get("api/v1/admin/teams", admin).body(), api.get("api/v1/admin/settings", admin).body(),
                api.get("api/v1/pipeline", admin).body(), api.get("api/v1/admin/webhooks", admin).body(),
                api.get("api/v1/mailboxes", rep).body(),
                api.get("api/v1/leads?view=mine&size=200", rep).body().replaceAll("\"next\":\"[^\"]*\"", ""));
    }

    private String etag(String path) throws Exception {
        return api.get(path, rep).headers().firstValue("ETag").orElse("none");
    }

    private void expectRefused(SoftAssertions softly, Endpoint endpoint, String body, String field) throws Exception {
        HttpResponse<String> response = call(endpoint, body);
        String what = endpoint.method() + " " + endpoint.path() + " with " + abbreviated(body) + ": "
                + abbreviated(response.body());
        softly.assertThat(response.statusCode()).as(what).isIn(400, 422);
        softly.assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what)
                .startsWith("application/problem+json");
        softly.assertThat(response.body()).as(what).doesNotContain("at org.").doesNotContain("Exception");
        if (field != null) {
            String last = java.util.regex.Pattern.quote(field.substring(field.lastIndexOf('.') + 1));
            if (endpoint.path().contains("/admin/settings/")) {
                // a value the setting cannot take is named by the setting's key, the last segment of the path
                last = "(" + last + "|" + java.util.regex.Pattern.quote(
                        endpoint.path().substring(endpoint.path().lastIndexOf('/') + 1)) + ")";
            }
            softly.assertThat(response.body()).as(what).containsPattern("\"field\":\"[^\"]*" + last + "[^\"]*\"");
        }
    }

    /** A field the request does not have is named with its code, not dropped as JSON-B would. */
    private void expectUnknown(SoftAssertions softly, Endpoint endpoint, String body, String field) throws Exception {
        HttpResponse<String> response = call(endpoint, body);
        String what = endpoint.method() + " " + endpoint.path() + " with " + abbreviated(body) + ": "
                + abbreviated(response.body());
        softly.assertThat(response.statusCode()).as(what).isEqualTo(400);
        softly.assertThat(response.body()).as(what)
                .contains("{\"field\":\"" + field + "\",\"message\":\"is not a field of this request\","
                        + "\"code\":\"unknown-field\"}");
    }

    private HttpResponse<String> call(Endpoint endpoint, String body) throws Exception {
        String token = endpoint.token().get();
        return endpoint.ifMatch()
                ? api.send(endpoint.method(), endpoint.path(), token, body, "If-Match",
                        api.get(endpoint.path().replaceAll("/[a-z-]+$", ""), token).headers().firstValue("ETag")
                                .orElse("\"0\""))
                : api.send(endpoint.method(), endpoint.path(), token, body);
    }

    /** Dotted paths of the text fields, nested objects included (arrays are left whole). */
    private static List<String> textFields(JsonNode node, String prefix) {
        List<String> fields = new java.util.ArrayList<>();
        node.fields().forEachRemaining(entry -> {
            String path = prefix + entry.getKey();
            if (entry.getValue().isTextual()) {
                fields.add(path);
            } else if (entry.getValue().isObject()) {
                fields.addAll(textFields(entry.getValue(), path + "."));
            }
        });
        return fields;
    }

    private static String with(ObjectNode valid, String path, JsonNode value) {
        ObjectNode copy = valid.deepCopy();
        ObjectNode parent = copy;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            parent = (ObjectNode) parent.get(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
        return copy.toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
