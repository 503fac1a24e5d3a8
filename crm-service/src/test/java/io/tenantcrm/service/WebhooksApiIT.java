package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.webhook.WebhookSignature;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outbound webhooks on real Payara, PostgreSQL and Keycloak, to a real HTTP receiver on 127.0.0.1: a receiver that
 * fails twice gets the new lead on the third try, signed with the secret its admin was shown; the delivery log
 * shows every try; bad registrations are 422 naming the field; only the tenant's admins see its endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL base;

    ApiClient api;
    String admin;
    final Receiver receiver = new Receiver();

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void start() throws IOException {
        api = new ApiClient(base);
        admin = ApiClient.token(CrmRole.TENANT_ADMIN, true);
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop();
    }

    @Test
    void a_receiver_that_fails_twice_gets_the_new_lead_on_the_third_try_signed() throws Exception {
        HttpResponse<String> registered = api.send("POST", "api/v1/admin/webhooks", admin, "{\"url\": \""
                + receiver.url() + "\", \"events\": [\"lead.received\", \"deal.won\"], \"description\": \"ERP\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode endpoint = JSON.readTree(registered.body());
        String id = endpoint.get("id").asText();
        String secret = endpoint.get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get("api/v1/admin/webhooks/" + id, admin).body()).as("the secret is shown once")
                .doesNotContain(secret).contains("\"active\":true");
        receiver.failFirst(2);

        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> lead = api.send("POST", "api/v1/leads", ApiClient.token(CrmRole.SALES_REP, true),
                "{\"source\": \"web-form\", \"contact\": {\"personName\": \"Eva Lind\", \"email\": \"eva@lind-"
                        + unique + ".example\"}, \"country\": \"SE\"}");
        assertThat(lead.statusCode()).as(lead.body()).isEqualTo(201);
        String leadId = JSON.readTree(lead.body()).get("id").asText();

        List<Received> tries = receiver.awaitRequestsAbout(leadId, 3, Duration.ofSeconds(60));
        Received third = tries.get(2);
        assertThat(tries).extracting(r -> r.headers.get("webhook-id")).containsOnly(third.headers.get("webhook-id"));
        assertThat(WebhookSignature.withSecret(secret).verifies(third.headers.get("webhook-id"),
                third.headers.get("webhook-timestamp"), third.headers.get("webhook-signature"), third.body,
                Instant.now(), Duration.ofMinutes(5))).isTrue();
        JsonNode payload = JSON.readTree(third.body);
        assertThat(payload.get("type").asText()).isEqualTo("lead.received");
        assertThat(payload.get("data").get("leadId").asText()).isEqualTo(leadId);
        assertThat(third.headers.get("x-crm-event")).isEqualTo("lead.received");

        JsonNode delivery = awaitDelivered(id, third.headers.get("webhook-id"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(StreamSupport.stream(delivery.get("log").spliterator(), false)
                .map(attempt -> attempt.get("status").asInt())).containsExactly(500, 500, 200);

        HttpResponse<String> disabled = api.send("POST", "api/v1/admin/webhooks/" + id + "/disable", admin,
                "{\"reason\": \"test over\"}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"active\":false").contains("\"disabledReason\":\"test over\"");
    }

    @Test
    void bad_registrations_name_the_field_and_other_tenants_and_roles_see_nothing() throws Exception {
        for (String body : List.of("{\"url\": \"ftp://files.example/x\", \"events\": [\"deal.won\"]}",
                "{\"url\": \"https://user:pw@hooks.example/x\", \"events\": [\"deal.won\"]}",
                "{\"events\": [\"deal.won\"]}")) {
            HttpResponse<String> refused = api.send("POST", "api/v1/admin/webhooks", admin, body);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"url\"");
        }
        HttpResponse<String> unknownEvent = api.send("POST", "api/v1/admin/webhooks", admin,
                "{\"url\": \"" + receiver.url() + "\", \"events\": [\"deal.maybe\"]}");
        assertThat(unknownEvent.statusCode()).isEqualTo(422);
        assertThat(unknownEvent.body()).contains("\"field\":\"events\"");
        HttpResponse<String> notAList = api.send("POST", "api/v1/admin/webhooks", admin,
                "{\"url\": \"" + receiver.url() + "\", \"events\": \"deal.won\"}");
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(notAList.body()).contains("events");

        HttpResponse<String> registered = api.send("POST", "api/v1/admin/webhooks", admin, "{\"url\": \""
                + receiver.url() + "\", \"events\": [\"deal.lost\"]}");
        String id = JSON.readTree(registered.body()).get("id").asText();
        String otherAdmin = ApiClient.token(CrmRole.TENANT_ADMIN, false);
        assertThat(api.get("api/v1/admin/webhooks/" + id, otherAdmin).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/admin/webhooks/" + id + "/deliveries", otherAdmin).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "api/v1/admin/webhooks/" + id + "/disable", otherAdmin, "{}").statusCode())
                .isEqualTo(404);
        assertThat(api.get("api/v1/admin/webhooks", otherAdmin).body()).doesNotContain(id);
        assertThat(api.get("api/v1/admin/webhooks", ApiClient.token(CrmRole.SALES_MANAGER, true)).statusCode())
                .isEqualTo(403);
        assertThat(api.send("POST", "api/v1/admin/webhooks/" + id + "/disable", admin, "{}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> twice = api.send("POST", "api/v1/admin/webhooks/" + id + "/disable", admin, "{}");
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(api.send("POST", "api/v1/admin/webhooks/" + id + "/enable", admin, null).body())
                .contains("\"active\":true");
        api.send("POST", "api/v1/admin/webhooks/" + id + "/disable", admin, "{}");
    }

    private JsonNode awaitDelivered(String endpoint, String deliveryId) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            HttpResponse<String> log = api.get("api/v1/admin/webhooks/" + endpoint + "/deliveries", admin);
            assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
            for (JsonNode delivery : JSON.readTree(log.body())) {
                if (delivery.get("id").asText().equals(deliveryId)
                        && delivery.get("status").asText().equals("delivered")) {
                    return delivery;
                }
            }
            assertThat(Instant.now()).as("delivery " + deliveryId + " delivered: " + log.body()).isBefore(until);
            Thread.sleep(200);
        }
    }

    private record Received(Map<String, String> headers, String body) {
    }

    /** A real HTTP receiver on 127.0.0.1 that answers 500 to its first n requests, then 200. */
    private static final class Receiver {

        private final List<Received> requests = new CopyOnWriteArrayList<>();
        private final AtomicInteger failuresLeft = new AtomicInteger();
        private HttpServer server;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/inbox", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                requests.add(new Received(headers, body));
                exchange.sendResponseHeaders(failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200, -1);
                exchange.close();
            });
            server.start();
        }

        void failFirst(int n) {
            failuresLeft.set(n);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/inbox";
        }

        List<Received> awaitRequestsAbout(String text, int count, Duration within) throws InterruptedException {
            Instant until = Instant.now().plus(within);
            while (true) {
                List<Received> about = requests.stream().filter(r -> r.body.contains(text)).toList();
                if (about.size() >= count) {
                    return about;
                }
                assertThat(Instant.now()).as(count + " requests about " + text + ", got " + about.size())
                        .isBefore(until);
                Thread.sleep(100);
            }
        }

        void stop() {
            server.stop(0);
        }
    }
}
