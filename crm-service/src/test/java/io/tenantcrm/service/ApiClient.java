package io.tenantcrm.service;

import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.launcher.DemoUser;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' HTTP client for the deployed service: real tokens, JSON bodies, optional extra headers. */
final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL base;

    ApiClient(URL base) {
        this.base = base;
    }

    /** A fresh access token of the seeded user with that role, in tenant acme or globex. */
    static String token(CrmRole role, boolean acme) {
        ServiceUnderTest service = ServiceUnderTest.shared();
        DemoUser user = (acme ? service.acme() : service.globex()).user(role);
        return service.stack().accessToken(user.email(), user.password());
    }

    static String inHours(long hours) {
        return Instant.now().plus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    HttpResponse<String> send(String method, String path, String token, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A file the service answers (a PDF), as bytes. */
    HttpResponse<byte[]> download(String path, String token, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET()
                .header("Authorization", "Bearer " + token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The record's current ETag, as a client reads it before changing the record. */
    String etag(String path, String token) throws IOException, InterruptedException {
        return get(path, token).headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
    }

    /** A lead converted into a deal; answers the deal's id (from the conversion's Location). */
    String newDeal(String token, String leadJson, String dealTitle) throws IOException, InterruptedException {
        HttpResponse<String> lead = send("POST", "api/v1/leads", token, leadJson);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(lead.body());
        assertThat(id.find()).as(lead.body()).isTrue();
        HttpResponse<String> converted = send("POST", "api/v1/leads/" + id.group(1) + "/conversion", token,
                "{\"dealTitle\": \"" + dealTitle + "\", \"nextStep\": {\"action\": \"Call\", \"due\": \""
                        + inHours(10) + "\"}}");
        assertThat(converted.statusCode()).as(converted.body()).isEqualTo(201);
        return dealIdFrom(converted);
    }

    /** The id of a person of the admin's tenant, looked up by email in /admin/users. */
    String userId(String adminToken, String email) throws IOException, InterruptedException {
        HttpResponse<String> people = get("api/v1/admin/users", adminToken);
        assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
        Matcher person = Pattern.compile("\\{[^{}]*\"email\":\"" + Pattern.quote(email)
                + "\"[^{}]*\"id\":\"([^\"]+)\"").matcher(people.body());
        assertThat(person.find()).as(email + " in " + people.body()).isTrue();
        return person.group(1);
    }

    static String dealIdFrom(HttpResponse<String> converted) {
        Matcher deal = Pattern.compile("/deals/([0-9a-f-]{36})")
                .matcher(converted.headers().firstValue("Location").orElseThrow());
        assertThat(deal.find()).isTrue();
        return deal.group(1);
    }
}
