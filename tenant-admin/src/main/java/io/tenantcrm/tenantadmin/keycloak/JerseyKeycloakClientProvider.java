package io.tenantcrm.tenantadmin.keycloak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.ext.ContextResolver;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

import javax.net.ssl.SSLContext;

/**
 * Runs the Keycloak admin client on Jersey (what Payara ships) instead of RESTEasy classic. Registered through
 * {@code META-INF/services}; the admin client finds it with the ServiceLoader. Keycloak's representation classes
 * carry Jackson annotations, so Jackson (not JSON-B) must read them.
 */
public class JerseyKeycloakClientProvider implements ResteasyClientProvider {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        if (disableTrustManager) {
            throw new IllegalArgumentException("refusing to talk to Keycloak without checking its certificate");
        }
        ClientBuilder builder = ClientBuilder.newBuilder()
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new KeycloakJson())
                // Keycloak's API removes role mappings with a DELETE that carries a body, which Jersey refuses unless told
                .property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, true);
        if (customJacksonProvider != null) {
            builder.register(customJacksonProvider);
        }
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    /** A named class, not a lambda: Jersey reads the resolver's type argument to know what it resolves. */
    private static final class KeycloakJson implements ContextResolver<ObjectMapper> {
        @Override
        public ObjectMapper getContext(Class<?> type) {
            return MAPPER;
        }
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> resourceType) {
        return WebResourceFactory.newResource(resourceType, target);
    }
}
