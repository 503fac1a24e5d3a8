package io.tenantcrm.service.observability;

import io.tenantcrm.service.security.BearerTokenMechanism;
import io.tenantcrm.service.security.CallerContextProducer;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * One access-log line per API request (method, path, status, tenant, user, milliseconds, SQL statements) on the
 * logger {@code io.tenantcrm.access}, and a request timer and a statements histogram tagged with tenant, method and
 * status class.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100) // first in, last out: the whole of JAX-RS's part is counted
public class AccessLog implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger("io.tenantcrm.access");
    private static final String STARTED = AccessLog.class.getName() + ".started";
    private static final Metadata REQUESTS = Metadata.builder().withName("crm_requests")
            .withDescription("API requests answered, by tenant, method and status class, and how long each took")
            .withUnit(MetricUnits.NANOSECONDS).build();
    private static final Metadata STATEMENTS = Metadata.builder().withName("crm_request_sql_statements")
            .withDescription("SQL statements an API request sent to PostgreSQL, by tenant, method and status class")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    RequestStatements statements;

    /** One request's meters, found once per tags: Payara builds a histogram anew on every look-up by name. */
    private record Meters(Timer time, Histogram statements) {
    }

    private final Map<String, Meters> meters = new ConcurrentHashMap<>();

    private Meters metersOf(String tenant, String method, String statusClass) {
        return meters.computeIfAbsent(tenant + " " + method + " " + statusClass, key -> {
            Tag[] tags = {new Tag("tenant", tenant), new Tag("method", method), new Tag("status", statusClass)};
            return new Meters(registry.timer(REQUESTS, tags), registry.histogram(STATEMENTS, tags));
        });
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        statements.started();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        long nanos = started instanceof Long start ? System.nanoTime() - start : 0;
        String tenant = "-";
        String user = "-";
        var token = CallerContextProducer.tokenOf(request.getProperty(BearerTokenMechanism.TOKEN));
        if (token.isPresent()) {
            tenant = CallerContextProducer.tenantOf(token.get()).map(Object::toString).orElse("-");
            user = token.get().subject();
        }
        int status = response.getStatus();
        int sql = statements.finished();
        String line = request.getMethod() + " /" + request.getUriInfo().getPath() + " " + status + " tenant="
                + tenant + " user=" + user + " " + nanos / 1_000_000 + "ms sql=" + sql;
        LOG.info(line);
        Meters meters = metersOf(tenant, request.getMethod(), status / 100 + "xx");
        meters.time().update(Duration.ofNanos(nanos));
        meters.statements().update(sql);
    }
}
