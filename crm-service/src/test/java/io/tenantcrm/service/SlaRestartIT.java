package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenantcrm.devstack.FreePorts;
import io.tenantcrm.devstack.LocalPayara;
import io.tenantcrm.devstack.WorkFolder;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service is stopped before a first response and a quote's approval escalation fall due and started again
 * after them: the new instance catches up and acts on each once, not once per tick. Two real Payara Micro processes in turn, on the test stack's
 * PostgreSQL and Keycloak (the WAR as Maven built it).
 */
class SlaRestartIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void escalations_due_while_the_service_was_down_fire_exactly_once_after_the_restart() throws Exception {
        var stack = ServiceUnderTest.shared().stack();
        Map<String, String> environment = new LinkedHashMap<>(stack.serviceEnvironment());
        environment.put("CRM_SLA_SCHEDULER_INTERVAL", "PT1S");
        Path war = Path.of(System.getProperty("crm.service.war"));
        Path scratch = Files.createTempDirectory("crm-sla-restart-");
        String lead;
        String rep;
        String token;
        String quote;
        String admin;
        String managerId;

        try (LocalPayara first = LocalPayara.start(WorkFolder.resolve(), war, FreePorts.next(), environment,
                scratch.resolve("first"))) {
            ApiClient api = new ApiClient(new URL(first.baseUrl() + "/"));
            HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"wallace\", "
                    + "\"companyName\": \"Wallace Corp\", \"adminEmail\": \"niander@wallace.test\", \"adminFirstName\":"
                    + " \"Niander\", \"adminLastName\": \"Wallace\", \"adminPassword\": \"wallace-1\"}");
            assertThat(signedUp.statusCode()).as(signedUp.body()).isIn(200, 201);
            admin = stack.accessToken("niander@wallace.test", "wallace-1");
            rep = JSON.readTree(api.send("POST", "api/v1/admin/users", admin, "{\"email\": \"luv@wallace.test\","
                    + " \"firstName\": \"Luv\", \"lastName\": \"Wallace\", \"roles\": [\"sales-rep\"],"
                    + " \"initialPassword\": \"luv-1\"}").body()).get("id").asText();
            managerId = JSON.readTree(api.send("POST", "api/v1/admin/users", admin, "{\"email\":"
                    + " \"joi@wallace.test\", \"firstName\": \"Joi\", \"lastName\": \"Wallace\", \"roles\":"
                    + " [\"sales-manager\"], \"initialPassword\": \"joi-1\"}").body()).get("id").asText();
            assertThat(api.send("PUT", "api/v1/admin/teams/" + managerId, admin, "{\"members\": [\"" + rep + "\"]}")
                    .statusCode()).isEqualTo(200);
            for (String[] setting : new String[][] {{"crm.sla.business-hours", "24/7"},
                    {"crm.sla.first-response", "PT8S"}, {"crm.quotes.approval-escalation", "PT8S"}}) {
                assertThat(api.send("PUT", "api/v1/admin/settings/" + setting[0], admin,
                        "{\"value\": \"" + setting[1] + "\"}").statusCode()).isEqualTo(200);
            }
            lead = JSON.readTree(api.send("POST", "api/v1/leads", admin, "{\"source\": \"email\", \"contact\":"
                    + " {\"personName\": \"K\", \"email\": \"k@lapd.test\"}, \"country\": \"US\"}").body())
                    .get("id").asText();
            assertThat(api.send("POST", "api/v1/leads/" + lead + "/owner", admin, "{\"owner\": \"" + rep
                    + "\", \"reason\": \"hers\"}", "If-Match", "*").statusCode()).isEqualTo(200);
            token = stack.accessToken("luv@wallace.test", "luv-1");
            assertThat(api.get("api/v1/leads/" + lead + "/sla", token).body()).contains("\"breached\":false");

            // a 20% discount waits for her manager, who will not decide before the service stops
            String product = JSON.readTree(api.send("POST", "api/v1/products", admin, """
                    {"sku": "REP-N", "name": "Replicant", "unit": "pcs",
                     "prices": [{"currency": "USD", "list": "100.00", "unitCost": "60.00"}]}""").body())
                    .get("id").asText();
            String deal = api.newDeal(token, """
                    {"source": "email", "contact": {"personName": "Rachael", "email": "r@tyrell.test"},
                     "country": "US", "productInterest": "replicants"}""", "Replicants");
            quote = JSON.readTree(api.send("POST", "api/v1/deals/" + deal + "/quotes", token, """
                    {"currency": "USD", "lines": [{"productId": "%s", "quantity": "10", "discountPercent": "20"}],
                     "terms": {"incoterm": "FOB", "place": "Ningbo", "validUntil": "%s"}}"""
                    .formatted(product, java.time.LocalDate.now().plusDays(30))).body()).get("id").asText();
            HttpResponse<String> submitted = api.send("POST", "api/v1/quotes/" + quote + "/submit", token, null,
                    "If-Match", api.etag("api/v1/quotes/" + quote, token));
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            assertThat(waitingStep(api, quote, token).get("escalations").asInt()).isZero();
        }

        Thread.sleep(10_000); // the first response falls due while no service runs

        try (LocalPayara second = LocalPayara.start(WorkFolder.resolve(), war, FreePorts.next(), environment,
                scratch.resolve("second"))) {
            ApiClient api = new ApiClient(new URL(second.baseUrl() + "/"));
            String note = "SLA: first response to K overdue; told " + rep + " (owner)";
            Instant deadline = Instant.now().plusSeconds(30);
            String timeline = api.get("api/v1/timeline/lead/" + lead, token).body();
            while (!timeline.contains(note) && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                timeline = api.get("api/v1/timeline/lead/" + lead, token).body();
            }
            Thread.sleep(3_000); // a few more ticks: nothing may fire it again
            timeline = api.get("api/v1/timeline/lead/" + lead, token).body();
            assertThat(timeline.split(java.util.regex.Pattern.quote(note), -1).length - 1).as(timeline).isEqualTo(1);
            assertThat(api.get("api/v1/tasks/mine?size=200", token).body()
                    .split("Answer K: first response overdue", -1).length - 1).isEqualTo(1);
            assertThat(api.get("api/v1/leads/" + lead + "/sla", token).body()).contains("\"breached\":true");

            // the manager's step went to the admins once; nothing went up twice while the new instance ticked
            JsonNode step = waitingStep(api, quote, token);
            while (step.get("escalations").asInt() == 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                step = waitingStep(api, quote, token);
            }
            Thread.sleep(3_000);
            step = waitingStep(api, quote, token);
            assertThat(step.get("escalations").asInt()).as(step.toString()).isEqualTo(1);
            assertThat(step.get("approvers").toString()).contains(api.userId(admin, "niander@wallace.test"))
                    .doesNotContain(managerId);
            assertThat(JSON.readTree(api.get("api/v1/quotes/" + quote, token).body()).get("versions").get(0)
                    .get("approval")).as("one step, not one per tick").hasSize(1);
        }
    }

    private static JsonNode waitingStep(ApiClient api, String quote, String token) throws Exception {
        HttpResponse<String> read = api.get("api/v1/quotes/" + quote, token);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return JSON.readTree(read.body()).get("versions").get(0).get("approval").get(0);
    }
}
