package io.tenantcrm.service;

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

import static org.assertj.core.api.Assertions.assertThat;

/** A company signs up over HTTP, its admin signs in and works: Payara's Keycloak admin client, on real servers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignupApiIT {

    /** As ServiceUnderTest configures the service. */
    static final int ATTEMPTS_PER_HOUR = ServiceUnderTest.SIGNUP_ATTEMPTS_PER_HOUR;

    @ArquillianResource
    URL base;

    ApiClient api;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @BeforeEach
    void client() {
        api = new ApiClient(base);
    }

    static String signup(String slug, String email) {
        return "{\"slug\": \"" + slug + "\", \"companyName\": \"Stark Components\", \"adminEmail\": \"" + email
                + "\", \"adminFirstName\": \"Pepper\", \"adminLastName\": \"Potts\", \"adminPassword\": \"first-1\"}";
    }

    @Test
    void a_company_signs_up_and_its_admin_works_right_away() throws Exception {
        HttpResponse<String> created = api.send("POST", "api/v1/signup", null, signup("stark", "pepper@stark.test"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"slug\":\"stark\"");
        String token = ServiceUnderTest.shared().stack().accessToken("pepper@stark.test", "first-1");
        HttpResponse<String> ping = api.get("api/v1/ping", token);
        assertThat(ping.statusCode()).as(ping.body()).isEqualTo(200);
        assertThat(ping.body()).contains("\"slug\":\"stark\"").contains("tenant-admin");

        HttpResponse<String> retried = api.send("POST", "api/v1/signup", null, signup("stark", "pepper@stark.test"));
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).contains("\"alreadyExisted\":true");
    }

    @Test
    void taken_slugs_and_bad_requests_are_422_naming_the_field() throws Exception {
        HttpResponse<String> taken = api.send("POST", "api/v1/signup", null, signup("acme", "new@acme-two.test"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("\"field\":\"slug\"");

        HttpResponse<String> bad = api.send("POST", "api/v1/signup", null,
                "{\"slug\": \"NO SPACES\", \"adminEmail\": \"nope\"}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("\"field\":\"slug\"").contains("\"field\":\"companyName\"")
                .contains("\"field\":\"adminEmail\"");
    }

    @Test
    void a_client_signing_up_too_often_is_told_when_to_come_back() throws Exception {
        // 127.0.0.1 is a trusted proxy in the test set-up, so each forwarded address is a client of its own
        String client = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        String probe = "{\"slug\": \"probe\"}";
        for (int i = 0; i < ATTEMPTS_PER_HOUR; i++) {
            assertThat(api.send("POST", "api/v1/signup", null, probe, "X-Forwarded-For", client).statusCode())
                    .as("attempt " + (i + 1)).isEqualTo(422);
        }

        HttpResponse<String> refused = api.send("POST", "api/v1/signup", null, probe, "X-Forwarded-For", client);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 3600L / ATTEMPTS_PER_HOUR + 1));
        assertThat(api.send("POST", "api/v1/signup", null, probe, "X-Forwarded-For", "203.0.113.251")
                .statusCode()).as("another client").isEqualTo(422);
    }
}
