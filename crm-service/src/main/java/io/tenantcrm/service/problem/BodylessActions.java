package io.tenantcrm.service.problem;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one body rule for actions that read no body ({@code POST /leads/{id}/qualify}, {@code /work}, ...): none, an
 * empty one or any JSON is accepted (and ignored), anything else is 400 "not valid JSON", as it is for actions that
 * read one ({@link BodyShape}). A client sending a broken body learns it, wherever it sends it. Bodies of other media
 * types (a form, a spreadsheet), and methods that declare they consume only such, are left to their resources. The check is bound at deployment to the
 * methods that take no body, so no other request pays for it.
 */
@Provider
public class BodylessActions implements DynamicFeature {

    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method != null && !readsBody(method) && takesJson(method, resource.getResourceClass())) {
            context.register(new BodyIsJsonOrNothing(readers));
        }
    }

    static boolean readsBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                annotated |= NOT_THE_BODY.contains(annotation.annotationType());
            }
            if (!annotated) {
                return true;
            }
        }
        return false;
    }

    /**
     * A method that declares it consumes other media only (a spreadsheet upload reading the request's stream
     * itself) is left alone; one that declares nothing, or JSON, is checked.
     */
    static boolean takesJson(Method method, Class<?> resourceClass) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null && resourceClass != null) {
            consumes = resourceClass.getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return true;
        }
        for (String type : consumes.value()) {
            for (String each : type.split(",")) {
                if (MediaType.valueOf(each.trim()).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reads a body sent anyway and refuses it unless it is blank or JSON. */
    static final class BodyIsJsonOrNothing implements ContainerRequestFilter {

        private final JsonReaderFactory readers;

        BodyIsJsonOrNothing(JsonReaderFactory readers) {
            this.readers = readers;
        }

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            if (!request.hasEntity() || !jsonOrUntyped(request.getMediaType())) {
                return;
            }
            byte[] body = request.getEntityStream().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                try (JsonReader reader = readers.createReader(new StringReader(text))) {
                    reader.readValue();
                } catch (JsonException e) {
                    throw new MalformedBodyException(
                            "The body is not valid JSON (this action reads none: send no body).", List.of());
                }
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }

        private static boolean jsonOrUntyped(MediaType type) {
            return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    || type.getSubtype().endsWith("+json") || type.isCompatible(MediaType.TEXT_PLAIN_TYPE);
        }
    }
}
