package io.tenantcrm.service.problem;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON body against the record the resource reads before JSON-B binds it, so a client learns which field
 * is wrong: text where text belongs, numbers where numbers do, objects and lists in their place, and no text
 * longer than {@link #MAX_TEXT} characters anywhere. Nulls and absent fields pass (the domain says what is
 * required). A field the request does not have is refused too ({@code unknown-field}): JSON-B would drop it
 * silently, and a misspelt "emial" would then change nothing while the client believes it saved. Refusals are 400
 * naming every field.
 */
@Provider
@Priority(Priorities.USER + 100) // after BodySizeLimit has bounded the stream
public class BodyShape implements ReaderInterceptor {

    /** No text field of the API takes more; the domain's own limits are lower for most fields. */
    public static final int MAX_TEXT = 10_000;

    /** Made once: {@code Json.createReader} looks the JSON-P provider up again on every call. */
    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!context.getType().isRecord()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            JsonValue json;
            try (JsonReader reader = readers.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                json = reader.readValue();
            } catch (JsonException e) {
                throw new MalformedBodyException("The body is not valid JSON.", List.of());
            }
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new MalformedBodyException("The body must be a JSON object.", List.of());
            }
            List<Problem.Violation> violations = new ArrayList<>();
            check(json, context.getGenericType(), "", violations);
            if (!violations.isEmpty()) {
                throw new MalformedBodyException(
                        "Some fields are of the wrong type, too long, or not fields of this request.", violations);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void check(JsonValue value, Type type, String path, List<Problem.Violation> out) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            if (!(value instanceof JsonString text)) {
                out.add(new Problem.Violation(path, "must be text"));
            } else if (text.getString().length() > MAX_TEXT) {
                out.add(new Problem.Violation(path, "must be at most " + MAX_TEXT + " characters",
                        Problem.Violation.TOO_LONG));
            }
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                out.add(new Problem.Violation(path, "must be a whole number"));
            }
        } else if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber)) {
                out.add(new Problem.Violation(path, "must be a number"));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                out.add(new Problem.Violation(path, "must be true or false"));
            }
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                out.add(new Problem.Violation(path, "must be an object"));
                return;
            }
            Set<String> known = new HashSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                known.add(component.getName());
                check(object.get(component.getName()), component.getGenericType(),
                        path.isEmpty() ? component.getName() : path + "." + component.getName(), out);
            }
            for (String field : object.keySet()) {
                if (!known.contains(field)) {
                    out.add(new Problem.Violation(path.isEmpty() ? field : path + "." + field,
                            "is not a field of this request", Problem.Violation.UNKNOWN_FIELD));
                }
            }
        } else if (List.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonArray array)) {
                out.add(new Problem.Violation(path, "must be a list"));
                return;
            }
            Type element = typeArgument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), element, path + "[" + i + "]", out);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                out.add(new Problem.Violation(path, "must be an object"));
                return;
            }
            Type element = typeArgument(type, 1);
            object.forEach((key, entry) -> check(entry, element, path + "." + key, out));
        }
        // any other type is left to JSON-B
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
