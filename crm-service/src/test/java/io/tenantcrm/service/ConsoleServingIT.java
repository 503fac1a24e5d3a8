package io.tenantcrm.service;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web console as the WAR serves it on Payara: deep links, caching, the Content-Security-Policy, its config. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleServingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    @Test
    void the_root_and_app_lead_to_the_console() throws Exception {
        HttpResponse<String> root = get("");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/"));
        assertThat(get("app").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/app/"));
    }

    @Test
    void a_deep_link_gets_the_page_never_cached_under_a_content_security_policy() throws Exception {
        HttpResponse<String> index = get("app/");
        HttpResponse<String> deep = get("app/leads/5c1f2f0e-8a7e-4d52-9d36-0c5d8e0c1a11");

        for (HttpResponse<String> page : java.util.List.of(index, deep)) {
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<div id=\"app\">").contains("/app/assets/");
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                            .contains("connect-src 'self' " + keycloakOrigin()));
        }
        assertThat(deep.body()).isEqualTo(index.body());
    }

    @Test
    void hashed_assets_are_cached_for_good() throws Exception {
        Matcher script = Pattern.compile("/app/assets/[^\"]+\\.js").matcher(get("app/").body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> asset = get(script.group().substring(1));
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(get("app/assets/missing-1234.js").statusCode()).isEqualTo(404);
        assertThat(asset.headers().firstValue("Content-Encoding")).isEmpty();

        // a browser that takes gzip gets the build's packed copy: the same script, a third of the bytes or less
        HttpResponse<byte[]> packed = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve(script.group().substring(1))).header("Accept-Encoding", "gzip, deflate, br").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(packed.statusCode()).isEqualTo(200);
        assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(packed.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(packed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).contains("javascript"));
        assertThat(packed.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        String unpacked = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(packed.body()))
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(unpacked).isEqualTo(asset.body());
        assertThat(packed.body().length).isLessThan(asset.body().length() / 3);
    }

    @Test
    void the_console_learns_where_to_sign_in_from_the_service_configuration() throws Exception {
        HttpResponse<String> config = get("app/config.json");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(config.body()).contains("\"keycloakUrl\":\"" + keycloakOrigin() + "\"")
                .contains("\"realm\":\"crm\"").contains("\"clientId\":\"crm-console\"")
                .contains("\"apiBase\":\"/api/v1\"").contains("\"initialPasswords\":true");
    }

    private static String keycloakOrigin() {
        return ServiceUnderTest.shared().stack().keycloak().baseUrl();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
