package io.tenantcrm.service;

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
 * The service is stopped before a first response falls due and started again after it: the new instance catches
 * up and escalates once, not once per tick. Two real Payara Micro processes in turn, on the test stack's
 * PostgreSQL and Keycloak (the WAR as Maven built it).
 */
class SlaRestartIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void an_escalation_due_while_the_service_was_down_fires_exactly_once_after_the_restart() throws Exception {
        var stack = ServiceUnderTest.shared().stack();
        Map<String, String> environment = new LinkedHashMap<>(stack.serviceEnvironment());
        environment.put("CRM_SLA_SCHEDULER_INTERVAL", "PT1S");
        Path war = Path.of(System.getProperty("crm.service.war"));
        Path scratch = Files.createTempDirectory("crm-sla-restart-");
        String lead;
        String rep;
        String token;

        try (LocalPayara first = LocalPayara.start(WorkFolder.resolve(), war, FreePorts.next(), environment,
                scratch.resolve("first"))) {
            ApiClient api = new ApiClient(new URL(first.baseUrl() + "/"));
            HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"wallace\", "
                    + "\"companyName\": \"Wallace Corp\", \"adminEmail\": \"niander@wallace.test\", \"adminFirstName\":"
                    + " \"Niander\", \"adminLastName\": \"Wallace\", \"adminPassword\": \"wallace-1\"}");
            assertThat(signedUp.statusCode()).as(signedUp.body()).isIn(200, 201);
            String admin = stack.accessToken("niander@wallace.test", "wallace-1");
            rep = JSON.readTree(api.send("POST", "api/v1/admin/users", admin, "{\"email\": \"luv@wallace.test\","
                    + " \"firstName\": \"Luv\", \"lastName\": \"Wallace\", \"roles\": [\"sales-rep\"],"
                    + " \"initialPassword\": \"luv-1\"}").body()).get("id").asText();
            for (String[] setting : new String[][] {{"crm.sla.business-hours", "24/7"},
                    {"crm.sla.first-response", "PT8S"}}) {
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
        }
    }
}
