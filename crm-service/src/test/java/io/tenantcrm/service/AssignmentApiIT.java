package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assignment rules over HTTP on real Payara, PostgreSQL and Keycloak: an admin sets rules and a round-robin pool,
 * leads arriving together are shared evenly, and each lead says why it went where it went.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void two_hundred_leads_arriving_together_are_shared_fifty_each_by_a_round_robin_pool_of_four() throws Exception {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> signedUp = api.send("POST", "api/v1/signup", null, "{\"slug\": \"cyberdyne\", "
                + "\"companyName\": \"Cyberdyne Export\", \"adminEmail\": \"miles@cyberdyne.test\", \"adminFirstName\":"
                + " \"Miles\", \"adminLastName\": \"Dyson\", \"adminPassword\": \"cyber-1\"}");
        assertThat(signedUp.statusCode()).as(signedUp.body()).isIn(200, 201);
        String admin = ServiceUnderTest.shared().stack().accessToken("miles@cyberdyne.test", "cyber-1");
        List<String> reps = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> invited = api.send("POST", "api/v1/admin/users", admin, "{\"email\": \"rep" + i
                    + "@cyberdyne.test\", \"firstName\": \"Rep\", \"lastName\": \"No" + i + "\", \"roles\": [\"sales-rep\"],"
                    + " \"initialPassword\": \"rep-" + i + "\"}");
            reps.add(JSON.readTree(invited.body()).get("id").asText());
        }
        String adminId = api.userId(admin, "miles@cyberdyne.test");

        HttpResponse<String> strangerInPool = api.send("PUT", "api/v1/admin/assignment", admin,
                policy(List.of(reps.get(0), "not-a-person"), adminId));
        assertThat(strangerInPool.statusCode()).isEqualTo(422);
        assertThat(strangerInPool.body()).contains("\"field\":\"pools[0].members[1]\"");
        HttpResponse<String> set = api.send("PUT", "api/v1/admin/assignment", admin, policy(reps, adminId));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(api.get("api/v1/admin/assignment", admin).body()).contains("\"ROUND_ROBIN\"").contains("Nordics");

        ExecutorService intake = Executors.newFixedThreadPool(16);
        Map<String, AtomicInteger> owners = new ConcurrentHashMap<>();
        List<String> leads = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                calls.add(intake.submit(() -> {
                    HttpResponse<String> created = api.send("POST", "api/v1/leads", admin, "{\"source\": \"web-form\","
                            + " \"contact\": {\"personName\": \"Buyer " + n + "\", \"email\": \"buyer" + n
                            + "@nordic.test\"}, \"country\": \"SE\", \"productInterest\": \"pumps\"}");
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    JsonNode lead = JSON.readTree(created.body());
                    owners.computeIfAbsent(lead.path("owner").asText("none"), k -> new AtomicInteger())
                            .incrementAndGet();
                    leads.add(lead.get("id").asText());
                    return null;
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            intake.shutdownNow();
        }

        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(reps);
        assertThat(owners.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(50));
        HttpResponse<String> why = api.get("api/v1/leads/" + leads.get(0) + "/ownership", admin);
        assertThat(why.statusCode()).isEqualTo(200);
        assertThat(why.body()).contains("assignment rules: rule 'Nordics' matched; country SE is one of [NO, SE]")
                .contains("pool 'north' (round robin)")
                // and step by step as codes, so the console says it in the reader's language, naming the rep
                .contains("{\"code\":\"country-among\",").contains("\"among\":\"NO,SE\"")
                .contains("\"code\":\"assigned-in-turn\"");

        HttpResponse<String> elsewhere = api.send("POST", "api/v1/leads", admin, "{\"source\": \"email\", "
                + "\"contact\": {\"personName\": \"Jean\", \"email\": \"jean@paris.test\"}, \"country\": \"FR\"}");
        assertThat(JSON.readTree(elsewhere.body()).path("owner").asText()).as("the fallback").isEqualTo(adminId);
        assertThat(api.get("api/v1/admin/assignment", ApiClient.token(CrmRole.TENANT_ADMIN, true)).statusCode())
                .as("acme has no rules").isEqualTo(404);

        // the rep next in turn goes on leave: the round robin passes them by, and says so
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        HttpResponse<String> badZone = api.send("PUT", "api/v1/admin/users/" + reps.get(0) + "/availability", admin,
                "{\"timeZone\": \"Mars/Olympus\", \"workingHours\": \"MON-FRI 08:00-16:00\"}");
        assertThat(badZone.statusCode()).isEqualTo(422);
        assertThat(badZone.body()).contains("\"field\":\"timeZone\"");
        for (String rep : reps) {
            assertThat(api.send("PUT", "api/v1/admin/users/" + rep + "/availability", admin, "{\"leave\": [{\"from\": \""
                    + today + "\", \"to\": \"" + today + "\"}]}").statusCode()).isEqualTo(200);
        }
        assertThat(api.get("api/v1/admin/users/" + reps.get(0) + "/availability", admin).body())
                .contains("\"from\":\"" + today + "\"");
        JsonNode waiting = JSON.readTree(api.send("POST", "api/v1/leads", admin, "{\"source\": \"web-form\","
                + " \"contact\": {\"personName\": \"Away\", \"email\": \"away@nordic.test\"}, \"country\": \"SE\"}").body());
        assertThat(waiting.path("owner").asText()).as("everyone in the pool is away: the fallback").isEqualTo(adminId);
        assertThat(api.get("api/v1/leads/" + waiting.get("id").asText() + "/ownership", admin).body())
                .contains("is on leave until " + today).contains("nobody in it can take the lead");
    }

    private static String policy(List<String> members, String fallback) {
        return "{\"rules\": [{\"name\": \"Nordics\", \"countries\": [\"SE\", \"NO\"], \"target\": {\"type\": \"pool\","
                + " \"value\": \"north\"}}], \"pools\": [{\"name\": \"north\", \"members\": [\""
                + String.join("\", \"", members) + "\"], \"distribution\": \"round-robin\"}],"
                + " \"fallback\": {\"type\": \"user\", \"value\": \"" + fallback + "\"}}";
    }
}
