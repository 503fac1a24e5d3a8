package io.tenantcrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document as a client generator reads it: every operation says what it answers, with a schema; the
 * errors are problem+json; updates that need If-Match say so; the main creates carry an example body. And the
 * document is the contract committed as {@code docs/openapi.json}, which the build lints ({@code redocly lint})
 * and generates the Java client of crm-e2e's {@code ClientScenarioIT} from: a change of the API shows in review.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive service() {
        return ServiceUnderTest.shared().deployment();
    }

    /** Where the committed contract is, from crm-service's folder (Failsafe's working directory). */
    private static final Path CONTRACT = Path.of("..", "docs", "openapi.json");

    @Test
    void the_document_is_the_committed_contract() throws Exception {
        ObjectNode served = (ObjectNode) document();
        assertThat(served.path("servers").path(0).path("url").asText()).isEqualTo(base.toString().replaceAll("/$", ""));
        // the server is wherever the service runs (here a free port): the contract names the one `./crm up` starts,
        // and a client is given its base URL
        served.putArray("servers").addObject().put("url", "http://127.0.0.1:8080")
                .put("description", "the service as ./crm up starts it");
        ObjectMapper json = new ObjectMapper();
        String pretty = json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n";
        Path written = Path.of("target", "openapi.json");
        Files.writeString(written, pretty);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, pretty);
        }
        assertThat(json.readTree(CONTRACT.toFile())).as("the API differs from docs/openapi.json: review"
                + " `diff docs/openapi.json crm-service/target/openapi.json`, then copy it (or run this test with"
                + " -Dopenapi.update=true) and commit it with the change").isEqualTo(served);
    }

    @Test
    void every_operation_documents_its_answers_errors_and_examples() throws Exception {
        JsonNode openapi = document();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(openapi.at("/components/schemas/Problem/properties/violations").isMissingNode()).isFalse();
        int operations = 0;
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        for (JsonNode server : openapi.path("servers")) {
            softly.assertThat(server.get("url").asText()).as("a server URL without a trailing slash").doesNotEndWith("/");
        }
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = op.getValue().get("responses");
                operations++;
                // a generated client names a method after each operationId: one per operation, never shared
                String operationId = op.getValue().path("operationId").asText("");
                softly.assertThat(operationId).as(name + " has an operationId").isNotBlank();
                softly.assertThat(operationIds.add(operationId)).as(name + ": operationId " + operationId
                        + " is used once").isTrue();
                softly.assertThat(op.getValue().path("summary").asText("")).as(name + " has a summary").isNotBlank();
                softly.assertThat(responses.has("400")).as(name + " documents 400").isTrue();
                softly.assertThat(responses.at("/400/content/application~1problem+json/schema/$ref").asText())
                        .as(name).isEqualTo("#/components/schemas/Problem");
                boolean answers = false;
                for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    if (code.startsWith("2")) {
                        answers = true;
                        // JSON answers, the CSV reports and the PDF say their schema; a streamed export is a file
                        boolean typed = code.equals("204") || path.getKey().endsWith("/export")
                                || !responses.at("/" + code + "/content/application~1json/schema").isMissingNode()
                                || !responses.at("/" + code + "/content/text~1csv/schema").isMissingNode()
                                || !responses.at("/" + code + "/content/application~1pdf/schema").isMissingNode();
                        softly.assertThat(typed).as(name + " " + code + " has a schema").isTrue();
                    }
                }
                softly.assertThat(answers).as(name + " documents its success").isTrue();
            }
        }
        softly.assertThat(operations).as("operations under /api/v1").isGreaterThan(50);
        JsonNode stage = openapi.at("/paths/~1api~1v1~1deals~1{id}~1stage/post");
        softly.assertThat(stage.get("parameters").toString()).contains("If-Match");
        softly.assertThat(stage.get("responses").has("412")).isTrue();
        softly.assertThat(stage.get("responses").has("428")).isTrue();
        softly.assertThat(openapi.at("/paths/~1api~1v1~1leads/post/requestBody/content/application~1json/examples")
                .toString()).contains("Costa Valvulas");
        softly.assertThat(openapi.at("/paths/~1api~1v1~1signup/post/responses").has("429")).isTrue();
        // the quote-to-cash chain: every write shows an example body, and a change of a record asks for its ETag
        for (String write : new String[] {"products/post", "products~1{id}/put", "deals~1{dealId}~1quotes/post",
                "quotes~1{id}/put", "quotes~1{id}~1decision/post", "quotes~1{id}~1accept/post", "orders/post",
                "orders~1{id}~1status/post", "orders~1{id}~1cancel/post", "orders~1{id}~1payments/post"}) {
            softly.assertThat(openapi.at("/paths/~1api~1v1~1" + write + "/requestBody/content/application~1json/examples")
                    .size()).as(write + " has an example").isPositive();
        }
        for (String change : new String[] {"products~1{id}/put", "quotes~1{id}/put", "quotes~1{id}~1submit/post",
                "quotes~1{id}~1send/post", "orders~1{id}~1payments/post"}) {
            JsonNode operation = openapi.at("/paths/~1api~1v1~1" + change);
            softly.assertThat(operation.get("parameters").toString()).as(change).contains("If-Match");
            softly.assertThat(operation.get("responses").has("412")).as(change).isTrue();
        }
        softly.assertThat(openapi.at("/paths/~1api~1v1~1orders/post/responses/201/content/application~1json/schema/$ref")
                .asText()).as(openapi.at("/paths/~1api~1v1~1orders/post/responses").toString())
                .isEqualTo("#/components/schemas/OrderView");
        softly.assertThat(openapi.at("/components/schemas/DealView/properties/nextStep").isMissingNode()).isFalse();
        // every reference names a schema the document has (a record no signature names is no component)
        for (JsonNode ref : openapi.findValues("$ref")) {
            softly.assertThat(openapi.at(ref.asText().substring(1)).isMissingNode()).as(ref.asText() + " resolves")
                    .isFalse();
        }
        softly.assertAll();
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("openapi")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(document.body());
    }
}
