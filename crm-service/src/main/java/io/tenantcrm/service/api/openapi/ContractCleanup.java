package io.tenantcrm.service.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Payara writes into the document that clients and linters refuse, put right: an example given as JSON text
 * becomes the JSON value it spells (a generated client and {@code redocly lint} read a string where the schema
 * says object); a schema inlined from {@code @Schema(implementation = ...)} loses the annotation's defaults that
 * Payara copies as constraints ({@code maxProperties: 0} would allow no property at all), and a string schema the
 * properties Payara lends it; a record's id in a path is text, not the object Payara makes of crm-core's id
 * type; and the document loses Payara's own {@code endpoints} member, which OpenAPI 3.0 does not allow at the top
 * level.
 */
final class ContractCleanup {

    private ContractCleanup() {
    }

    static void apply(OpenAPI openAPI) {
        dropEndpoints(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                idsAsText(operation.getParameters());
                if (operation.getRequestBody() != null) {
                    examplesAsJson(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        examplesAsJson(response.getContent());
                    }
                }
            }
        }
    }

    /** Called for every schema of the document: the annotation's "not set" values are not constraints. */
    static void withoutDefaults(Schema schema) {
        // Payara lends an inlined string schema (a CSV, a PDF) the properties of a record it visited before
        if (schema.getType() == Schema.SchemaType.STRING && schema.getProperties() != null) {
            schema.setProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
    }

    /**
     * A record's id in a path is read by a converter (crm-core's {@code LeadId}, {@code DealId}: {@code RecordIds}),
     * which Payara describes as an object; on the wire it is a UUID's text.
     */
    private static void idsAsText(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter parameter : parameters) {
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == Parameter.In.PATH && schema != null && schema.getRef() == null
                    && schema.getType() == Schema.SchemaType.OBJECT
                    && (schema.getProperties() == null || schema.getProperties().isEmpty())) {
                // text, as every id of the views is (a format would make a generated client ask for a UUID there)
                schema.setType(Schema.SchemaType.STRING);
            }
        }
    }

    private static void examplesAsJson(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            if (!media.getKey().contains("json") || media.getValue().getExamples() == null) {
                continue;
            }
            for (Example example : media.getValue().getExamples().values()) {
                if (example.getValue() instanceof String text) {
                    example.setValue(parsed(text));
                }
            }
        }
    }

    private static Object parsed(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonParsingException notJson) {
            return text;
        }
    }

    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((key, member) -> map.put(key, plain(member)));
                return map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(item -> list.add(plain(item)));
                return list;
            }
            case STRING -> {
                return ((JsonString) value).getString();
            }
            case NUMBER -> {
                BigDecimal number = ((JsonNumber) value).bigDecimalValue();
                return ((JsonNumber) value).isIntegral() ? number.toBigInteger() : number;
            }
            case TRUE -> {
                return Boolean.TRUE;
            }
            case FALSE -> {
                return Boolean.FALSE;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * Payara's own member (the paths of each deployed application), set on its model class before the filters run;
     * emptied, not nulled (Payara copies it for each request), and an empty member is not written.
     */
    private static void dropEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new LinkedHashMap<>());
        } catch (ReflectiveOperationException notPayara) {
            // another implementation adds no such member
        }
    }
}
