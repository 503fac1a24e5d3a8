package io.tenantcrm.service;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.keycloak.representations.idm.ClientRepresentation;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Every endpoint against the three ways in that must fail: no token, a tampered or expired token (401), a role
 * that may not (403), and another tenant's ids (404, never 403, and nothing changes), on real Payara and Keycloak.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    ApiClient api;
    String rep;
    String lead;
    String deal;
    String account;
    String task;
    String repId;
    String managerId;
    String webhook;

    /** One call: method, path and a body it would accept from someone allowed. */
    record Call(String method, String path, String body) {
        boolean needsIfMatch() {
            return method.equals("POST") && path.matches("api/v1/(deals|accounts)/[^/]+/(stage|next-step|win|lose|"
                    + "owner|edit)|api/v1/leads/[^/]+/(qualification|owner|disqualify|work|nurture|qualify|reopen)");
        }
    }

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void acmeRecords() throws Exception {
        api = new ApiClient(base);
        rep = ApiClient.token(CrmRole.SALES_REP, true);
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        lead = JSON.readTree(api.send("POST", "api/v1/leads", rep, """
                {"source": "email", "contact": {"personName": "Eve Stone", "email": "eve@stone.test"},
                 "country": "NL", "productInterest": "pumps"}""").body()).get("id").asText();
        deal = api.newDeal(rep, """
                {"source": "email", "contact": {"personName": "Max Rock", "email": "max@rock.test"},
                 "country": "BE", "productInterest": "seals"}""", "Seals for Rock");
        account = JSON.readTree(api.get("api/v1/deals/" + deal, rep).body()).get("accountId").asText();
        task = JSON.readTree(api.get("api/v1/tasks/mine?size=1", rep).body()).get("items").get(0).get("id").asText();
        repId = api.userId(admin, ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP).email());
        managerId = api.userId(admin, ServiceUnderTest.shared().acme().user(CrmRole.SALES_MANAGER).email());
        // registered and switched off at once: it is here to be reached for, never to send
        webhook = JSON.readTree(api.send("POST", "api/v1/admin/webhooks", admin,
                "{\"url\": \"http://127.0.0.1:9/never\", \"events\": [\"deal.lost\"]}").body()).get("id").asText();
        api.send("POST", "api/v1/admin/webhooks/" + webhook + "/disable", admin, "{}");
    }

    /** Calls that name one of acme's records or people. */
    private List<Call> acmeRecordCalls() {
        String due = ApiClient.inHours(30);
        String nextStep = "{\"action\": \"Call\", \"due\": \"" + due + "\"}";
        String handOver = "{\"owner\": \"" + repId + "\", \"reason\": \"territory\"}";
        return List.of(
                new Call("GET", "api/v1/leads/" + lead, null),
                new Call("GET", "api/v1/leads/" + lead + "/score", null),
                new Call("POST", "api/v1/leads/" + lead + "/qualification", "{\"volume\": \"large\"}"),
                new Call("POST", "api/v1/leads/" + lead + "/owner", handOver),
                new Call("POST", "api/v1/leads/" + lead + "/disqualify", "{\"reason\": \"spam\"}"),
                new Call("POST", "api/v1/leads/" + lead + "/conversion",
                        "{\"dealTitle\": \"Pumps\", \"nextStep\": " + nextStep + "}"),
                new Call("GET", "api/v1/deals/" + deal, null),
                new Call("GET", "api/v1/deals/" + deal + "/health", null),
                new Call("POST", "api/v1/deals/" + deal + "/stage",
                        "{\"stage\": \"needs-confirmed\", \"nextStep\": " + nextStep + "}"),
                new Call("POST", "api/v1/deals/" + deal + "/next-step", nextStep),
                new Call("POST", "api/v1/deals/" + deal + "/win", null),
                new Call("POST", "api/v1/deals/" + deal + "/lose",
                        "{\"category\": \"price\", \"subReason\": \"budget cut\"}"),
                new Call("POST", "api/v1/deals/" + deal + "/owner", handOver),
                new Call("POST", "api/v1/deals/" + deal + "/edit", "{\"title\": \"Renamed\"}"),
                new Call("GET", "api/v1/accounts/" + account, null),
                new Call("POST", "api/v1/accounts/" + account + "/edit", "{\"tier\": \"a\"}"),
                new Call("POST", "api/v1/accounts/" + account + "/owner", handOver),
                new Call("GET", "api/v1/accounts/" + account + "/contacts", null),
                new Call("POST", "api/v1/accounts/" + account + "/contacts", "{\"name\": \"Spy\"}"),
                new Call("GET", "api/v1/timeline/deal/" + deal, null),
                new Call("GET", "api/v1/timeline/lead/" + lead, null),
                new Call("GET", "api/v1/timeline/account/" + account, null),
                new Call("GET", "api/v1/timeline/account/" + account + "/all", null),
                new Call("POST", "api/v1/activities", "{\"type\": \"call\", \"about\": [{\"type\": \"deal\", \"id\": \""
                        + deal + "\"}], \"summary\": \"snooping\"}"),
                new Call("POST", "api/v1/tasks/" + task + "/done", null),
                new Call("GET", "api/v1/shares/deals/" + deal, null),
                new Call("PUT", "api/v1/shares/deals/" + deal + "/" + repId, null),
                new Call("DELETE", "api/v1/shares/deals/" + deal + "/" + repId, null),
                new Call("GET", "api/v1/admin/users/" + repId, null),
                new Call("PUT", "api/v1/admin/users/" + repId + "/roles", "{\"roles\": [\"tenant-admin\"]}"),
                new Call("POST", "api/v1/admin/users/" + repId + "/deactivate", null),
                new Call("POST", "api/v1/admin/users/" + repId + "/reactivate", null),
                new Call("POST", "api/v1/admin/users/" + repId + "/password-reset", null),
                new Call("POST", "api/v1/admin/users/" + repId + "/handover",
                        "{\"to\": \"" + managerId + "\", \"reason\": \"takeover\"}"),
                new Call("DELETE", "api/v1/admin/users/" + repId, null),
                new Call("GET", "api/v1/admin/teams/" + managerId, null),
                new Call("PUT", "api/v1/admin/teams/" + managerId, "{\"members\": []}"),
                new Call("POST", "api/v1/merges", "{\"type\": \"account\", \"survivor\": \"" + account
                        + "\", \"merged\": \"" + account + "\"}"),
                new Call("GET", "api/v1/merges?merged=account/" + account, null),
                new Call("GET", "api/v1/admin/webhooks/" + webhook, null),
                new Call("GET", "api/v1/admin/webhooks/" + webhook + "/deliveries", null),
                new Call("POST", "api/v1/admin/webhooks/" + webhook + "/enable", null),
                new Call("POST", "api/v1/admin/webhooks/" + webhook + "/disable", "{}"));
    }

    /** Calls about the caller's own tenant as a whole. */
    private static List<Call> tenantCalls() {
        return List.of(
                new Call("GET", "api/v1/ping", null),
                new Call("POST", "api/v1/duplicates/check", "{\"email\": \"eve@stone.test\"}"),
                new Call("POST", "api/v1/duplicates/scans", "{\"type\": \"lead\"}"),
                new Call("GET", "api/v1/admin/intake-keys", null),
                new Call("POST", "api/v1/admin/intake-keys", "{\"name\": \"form\"}"),
                new Call("GET", "api/v1/mailboxes", null),
                new Call("POST", "api/v1/mailboxes", "{\"address\": \"rep@acme.test\", \"host\": \"imap.example\","
                        + " \"password\": \"x\"}"),
                new Call("GET", "api/v1/admin/webhooks", null),
                new Call("POST", "api/v1/admin/webhooks", "{\"url\": \"https://hooks.example/x\","
                        + " \"events\": [\"deal.won\"]}"),
                new Call("POST", "api/v1/leads", "{\"source\": \"email\"}"),
                new Call("GET", "api/v1/leads?view=mine", null),
                new Call("GET", "api/v1/deals", null),
                new Call("POST", "api/v1/deals", "{}"),
                new Call("GET", "api/v1/accounts", null),
                new Call("POST", "api/v1/accounts", "{\"name\": \"Intruder Ltd\"}"),
                new Call("GET", "api/v1/tasks/mine", null),
                new Call("GET", "api/v1/forecast", null),
                new Call("GET", "api/v1/reports/process-health", null),
                new Call("GET", "api/v1/reports/lead-sources", null),
                new Call("GET", "api/v1/reports/stalls", null),
                new Call("GET", "api/v1/reports/contributions", null),
                new Call("GET", "api/v1/pipeline", null),
                new Call("PUT", "api/v1/pipeline", "{}"),
                new Call("GET", "api/v1/admin/settings", null),
                new Call("PUT", "api/v1/admin/settings/crm.health.red-after", "{\"value\": \"P14D\"}"),
                new Call("GET", "api/v1/admin/users", null),
                new Call("POST", "api/v1/admin/users", "{}"),
                new Call("GET", "api/v1/admin/teams", null),
                new Call("GET", "api/v1/admin/tenant", null),
                new Call("GET", "api/v1/admin/tenant/export", null),
                new Call("POST", "api/v1/admin/tenant/deletion", "{\"confirm\": \"acme\"}"));
    }

    @Test
    void without_a_valid_token_every_endpoint_is_401() throws Exception {
        String valid = rep;
        String[] parts = valid.split("\\.");
        // someone edits the token to claim another organization, keeping the signature
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"acme\"", "\"globex\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String expired = expiredToken();

        SoftAssertions softly = new SoftAssertions();
        List<Call> calls = new java.util.ArrayList<>(acmeRecordCalls());
        calls.addAll(tenantCalls());
        for (Call call : calls) {
            for (String[] token : new String[][] {{"no token", null}, {"a tampered token", tampered},
                    {"an expired token", expired}, {"not a JWT", "not-a-token"}}) {
                HttpResponse<String> response = send(call, token[1]);
                softly.assertThat(response.statusCode()).as(call + " with " + token[0]).isEqualTo(401);
                softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(call + " with " + token[0]).startsWith("application/problem+json");
            }
        }
        softly.assertAll();
    }

    @Test
    void another_tenants_records_and_people_are_404_for_every_verb_and_nothing_changes() throws Exception {
        String before = acmeState();
        SoftAssertions softly = new SoftAssertions();
        for (CrmRole role : CrmRole.values()) {
            String foreign = ApiClient.token(role, false);
            for (Call call : acmeRecordCalls()) {
                HttpResponse<String> response = send(call, foreign);
                softly.assertThat(response.statusCode()).as(call + " as globex " + role.roleName() + ": "
                        + response.body()).isIn(role == CrmRole.TENANT_ADMIN ? List.of(404) : List.of(403, 404));
                softly.assertThat(response.body()).as(call + " as globex " + role.roleName())
                        .doesNotContain(lead).doesNotContain(deal).doesNotContain(account).doesNotContain(repId);
            }
        }
        softly.assertThat(acmeState()).as("nothing of acme changed").isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void roles_that_may_not_get_403() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (Call call : tenantCalls()) {
            boolean forAdmins = call.path().startsWith("api/v1/admin/") || (call.path().equals("api/v1/pipeline")
                    && call.method().equals("PUT")) || call.path().startsWith("api/v1/duplicates/scans");
            boolean forManagers = call.path().startsWith("api/v1/forecast")
                    || call.path().matches("api/v1/reports/(lead-sources|stalls|contributions)");
            if (forAdmins || forManagers) {
                softly.assertThat(send(call, rep).statusCode()).as(call + " as a rep").isEqualTo(403);
            }
            if (forAdmins) {
                softly.assertThat(send(call, ApiClient.token(CrmRole.SALES_MANAGER, true)).statusCode())
                        .as(call + " as a manager").isEqualTo(403);
            }
        }
        for (Call call : acmeRecordCalls()) {
            if (call.path().contains("/admin/") || call.path().endsWith("/owner")) {
                softly.assertThat(send(call, rep).statusCode()).as(call + " as a rep").isEqualTo(403);
            }
        }
        softly.assertAll();
    }

    /**
     * A real token of the realm whose lifetime is over: from a client of its own that issues 2-second tokens (the
     * web client everyone else uses is left alone), with the web client's scopes and audience.
     */
    private String expiredToken() throws Exception {
        var stack = ServiceUnderTest.shared().stack();
        var clients = stack.keycloakAdmin().realm(stack.realm().realm()).clients();
        String clientId = "crm-web-short-lived";
        if (clients.findByClientId(clientId).isEmpty()) {
            ClientRepresentation web = clients.findByClientId(stack.realm().webClientId()).get(0);
            ClientRepresentation shortLived = new ClientRepresentation();
            shortLived.setClientId(clientId);
            shortLived.setPublicClient(true);
            shortLived.setDirectAccessGrantsEnabled(true);
            shortLived.setStandardFlowEnabled(false);
            shortLived.setDefaultClientScopes(List.of("basic", "profile", "email", "roles", "web-origins", "acr",
                    "microprofile-jwt", "organization"));
            shortLived.setProtocolMappers(clients.get(web.getId()).getProtocolMappers().getMappers().stream()
                    .peek(mapper -> mapper.setId(null)).toList());
            shortLived.setAttributes(java.util.Map.of("access.token.lifespan", "2"));
            clients.create(shortLived).close();
        }
        var rep = ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP);
        String form = "grant_type=password&client_id=" + clientId + "&username="
                + java.net.URLEncoder.encode(rep.email(), StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(rep.password(), StandardCharsets.UTF_8);
        HttpResponse<String> issued = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(stack.realm().tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(issued.body()).path("access_token").asText();
        if (token.isEmpty()) {
            throw new AssertionError("no short-lived token: " + issued.body());
        }
        requireWorkingBeforeExpiry(token);
        Thread.sleep(3_500); // past exp (the service allows no clock skew in tests)
        return token;
    }

    /** The short-lived token works before it expires, so its later refusal is the expiry and nothing else. */
    private void requireWorkingBeforeExpiry(String token) throws Exception {
        HttpResponse<String> ping = api.get("api/v1/ping", token);
        if (ping.statusCode() != 200) {
            throw new AssertionError("a fresh short-lived token should work: " + ping.statusCode() + " " + ping.body());
        }
    }

    private String acmeState() throws Exception {
        String admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        StringBuilder state = new StringBuilder();
        for (String path : List.of("api/v1/leads/" + lead, "api/v1/deals/" + deal, "api/v1/accounts/" + account,
                "api/v1/accounts/" + account + "/contacts", "api/v1/timeline/deal/" + deal, "api/v1/tasks/mine",
                "api/v1/shares/deals/" + deal)) {
            state.append(api.get(path, rep).body()).append('\n');
        }
        state.append(api.get("api/v1/admin/users/" + repId, admin).body())
                .append(api.get("api/v1/admin/webhooks/" + webhook, admin).body())
                .append(api.get("api/v1/admin/teams", admin).body());
        return state.toString();
    }

    private HttpResponse<String> send(Call call, String token) throws Exception {
        return call.needsIfMatch() ? api.send(call.method(), call.path(), token, call.body(), "If-Match", "\"1\"")
                : api.send(call.method(), call.path(), token, call.body());
    }
}
