package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service deployed on a real Payara Micro, called with real Keycloak tokens, reading a real PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalkingSkeletonIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void ping_with_a_token_answers_the_caller_and_their_tenant() throws Exception {
        DemoUser rep = ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP);

        HttpResponse<String> response = get("api/v1/ping", tokenOf(rep));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"user\":\"" + rep.email() + "\"")
                .contains("\"slug\":\"acme\"")
                .contains("\"id\":\"" + ServiceUnderTest.shared().acme().id() + "\"")
                .contains("sales-rep");
    }

    @Test
    void each_tenant_sees_itself() throws Exception {
        DemoUser globexAdmin = ServiceUnderTest.shared().globex().user(CrmRole.TENANT_ADMIN);

        HttpResponse<String> response = get("api/v1/ping", tokenOf(globexAdmin));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"slug\":\"globex\"").doesNotContain("acme");
    }

    @Test
    void ping_without_a_token_is_401_problem_json() throws Exception {
        HttpResponse<String> response = get("api/v1/ping", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
    }

    @Test
    void ping_with_a_forged_token_is_401_problem_json() throws Exception {
        String real = tokenOf(ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP));
        String[] parts = real.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        HttpResponse<String> response = get("api/v1/ping", forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void an_unknown_path_is_404_problem_json() throws Exception {
        HttpResponse<String> response = get("api/v1/no-such-thing",
                tokenOf(ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP)));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void an_oversized_body_is_413_problem_json() throws Exception {
        String huge = "{\"source\": \"email\", \"message\": \"" + "x".repeat(300_000) + "\"}";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve("api/v1/leads"))
                .header("Authorization", "Bearer " + tokenOf(ServiceUnderTest.shared().acme().user(CrmRole.SALES_REP)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    /**
     * The operator suspends the tenant in the registry, outside this service (as {@code ./crm tenant suspend} or
     * another instance would): the service keeps tenants in memory, and PostgreSQL's change notice must reach it at
     * once, so a token of that tenant is refused within a moment, and accepted again as soon as it is resumed.
     */
    @Test
    void a_suspended_tenants_valid_tokens_are_refused_with_403() throws Exception {
        ServiceUnderTest service = ServiceUnderTest.shared();
        io.tenantcrm.launcher.SeededTenant umbrella = service.umbrella();
        String token = tokenOf(umbrella.user(CrmRole.TENANT_ADMIN));
        assertThat(get("api/v1/ping", token).statusCode()).isEqualTo(200);
        assertThat(get("api/v1/ping", token).statusCode()).as("kept in memory now").isEqualTo(200);

        service.setTenantStatus(umbrella.id(), "SUSPENDED");
        try {
            HttpResponse<String> refused = firstAnswerOtherThan(200, "api/v1/ping", token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("is suspended");
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        } finally {
            service.setTenantStatus(umbrella.id(), "ACTIVE");
        }
        assertThat(firstAnswerOtherThan(403, "api/v1/ping", token).statusCode()).isEqualTo(200);
    }

    /** Asks again (every 20 ms, for at most a second) until the answer's status is not {@code status}. */
    private HttpResponse<String> firstAnswerOtherThan(int status, String path, String token) throws Exception {
        long until = System.nanoTime() + 1_000_000_000L;
        HttpResponse<String> answer = get(path, token);
        while (answer.statusCode() == status && System.nanoTime() < until) {
            Thread.sleep(20);
            answer = get(path, token);
        }
        return answer;
    }

    @Test
    void readiness_really_queries_postgresql() throws Exception {
        HttpResponse<String> response = get("health/ready", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"").contains("\"UP\"").containsPattern("\"tenants\":\"([2-9]|[1-9][0-9]+)\"")
                .contains("\"keycloak-jwks\"");
    }

    @Test
    void liveness_metrics_and_openapi_answer() throws Exception {
        assertThat(get("health/live", null).statusCode()).isEqualTo(200);

        get("api/v1/ping", tokenOf(ServiceUnderTest.shared().acme().user(CrmRole.SALES_MANAGER)));
        HttpResponse<String> metrics = get("metrics?scope=application", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("ping_seconds")
                .containsPattern("crm_requests_seconds_count\\{[^}]*method=\"GET\"[^}]*status=\"2xx\"[^}]*tenant=\""
                        + ServiceUnderTest.shared().acme().id() + "\"");

        // every metric of the CRM's own says what it counts (Payara's own _mean series carry no HELP line)
        java.util.regex.Matcher typed = java.util.regex.Pattern.compile("(?m)^# TYPE (crm_\\w+) ")
                .matcher(metrics.body());
        java.util.Set<String> names = new java.util.TreeSet<>();
        while (typed.find()) {
            if (!typed.group(1).endsWith("_mean")) {
                names.add(typed.group(1));
            }
        }
        assertThat(names).anyMatch(name -> name.startsWith("crm_requests")).contains("crm_request_sql_statements");
        for (String name : names) {
            assertThat(metrics.body()).as(name).containsPattern("(?m)^# HELP " + name + " \\S");
        }

        HttpResponse<String> openapi = get("openapi", null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/ping").contains("Tenant CRM API");
    }

    private static String tokenOf(DemoUser user) {
        return ServiceUnderTest.shared().stack().accessToken(user.email(), user.password());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
