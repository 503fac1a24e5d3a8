package io.tenantcrm.service.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Completes the generated OpenAPI document with what every operation shares, instead of repeating it on each
 * resource method: the problem+json errors it may answer, the {@code If-Match} header and 412/428 on updates of
 * leads, deals, accounts, products, quotes and orders, 429 on signup; each operation's name
 * ({@link OperationNames}); and what Payara writes that clients refuse ({@link ContractCleanup}). Registered with
 * {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String API = "/api/v1";
    private static final Pattern VERSIONED_UPDATE = Pattern.compile(API + "/("
            + "deals/\\{id}/(stage|next-step|win|lose|owner|edit)"
            + "|accounts/\\{id}/(edit|owner|contacts/\\{contactId})"
            + "|leads/\\{id}/(qualification|owner|take|conversion|disqualify|work|nurture|qualify|reopen)"
            + "|products/\\{id}|quotes/\\{id}(/(submit|decision|send|accept))?"
            + "|orders/\\{id}/(status|cancel|payments))");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        OperationNames.assign(openAPI, API);
        ContractCleanup.apply(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                complete(path.getKey(), operation.getKey(), operation.getValue());
            }
        }
    }

    @Override
    public Schema filterSchema(Schema schema) {
        ContractCleanup.withoutDefaults(schema);
        return schema;
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (!path.startsWith(API)) {
            return;
        }
        boolean signup = path.equals(API + "/signup");
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        // Payara files an unannotated method's answer under "default"; it is the 200 it returns
        boolean documentsSuccess = responses.getAPIResponses() != null && responses.getAPIResponses().keySet()
                .stream().anyMatch(code -> code.startsWith("2"));
        if (!documentsSuccess && responses.hasAPIResponse(APIResponses.DEFAULT)) {
            responses.addAPIResponse("200", responses.getDefaultValue().description("OK"));
            responses.removeAPIResponse(APIResponses.DEFAULT);
        }
        problem(responses, "400", "The body is not JSON of this request's shape; the fields at fault are named");
        if (!signup) {
            problem(responses, "401", "No valid bearer token (missing, expired, tampered)");
            problem(responses, "403", "Your role may not do this, or your tenant is suspended");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Not found in your tenant (another tenant's id answers the same)");
        }
        if (writes) {
            problem(responses, "413", "The body is larger than 256 KiB");
            problem(responses, "422", "A value or rule the CRM refuses; every field at fault is named");
        }
        if (signup) {
            problem(responses, "429", "Too many signups from your address; Retry-After says when to come back");
        }
        if (writes && VERSIONED_UPDATE.matcher(path).matches()) {
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .required(true).description("The record's ETag as last read, e.g. \"3\" (or * for any)")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            problem(responses, "412", "The record changed since you read it; read it again");
            problem(responses, "428", "Send the record's ETag in If-Match");
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema()
                                .ref("#/components/schemas/Problem")))));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text)
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("stable, to translate: e.g. required, unknown-field, email, too-long"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; never a stack trace")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("violations", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation))
                // ordered, so the document reads the same on every start (docs/openapi.json is compared as text too)
                .example(ordered("type", "https://tenant-crm.io/problems/unprocessable-request",
                        "title", "Unprocessable request", "status", 422,
                        "detail", "The request breaks a rule of the CRM; nothing was changed.",
                        "violations", java.util.List.of(ordered("field", "contact.email",
                                "message", "'ana@' is not an email address", "code", "email"))));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
