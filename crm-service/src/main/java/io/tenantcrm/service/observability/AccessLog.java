package io.tenantcrm.service.observability;

import io.tenantcrm.service.security.CallerContextProducer;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.time.Duration;
import java.util.logging.Logger;

/**
 * One access-log line per API request (method, path, status, tenant, user, milliseconds) on the logger
 * {@code io.tenantcrm.access}, and a request timer tagged with tenant, method and status class.
 */
@Provider
public class AccessLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("io.tenantcrm.access");
    private static final String STARTED = AccessLog.class.getName() + ".started";

    @Inject
    JsonWebToken token;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long nanos = started instanceof Long start ? System.nanoTime() - start : 0;
        String tenant = "-";
        String user = "-";
        if (token != null && token.getRawToken() != null) {
            tenant = CallerContextProducer.tenantOf(token).map(Object::toString).orElse("-");
            user = token.getSubject() == null ? "-" : token.getSubject();
        }
        int status = response.getStatus();
        String line = request.getMethod() + " /" + request.getUriInfo().getPath() + " " + status + " tenant="
                + tenant + " user=" + user + " " + nanos / 1_000_000 + "ms";
        LOG.info(line);
        registry.timer("crm_requests", new Tag("tenant", tenant), new Tag("method", request.getMethod()),
                new Tag("status", status / 100 + "xx")).update(Duration.ofNanos(nanos));
    }
}
