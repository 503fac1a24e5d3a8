package io.tenantcrm.service.security;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link CallerContext} from the verified JWT. The tenant is the id in Keycloak's {@code organization}
 * claim ({@code {"<alias>": {"id": "<uuid>"}}}); a token naming no organization, or several, gets no tenant.
 */
@RequestScoped
public class CallerContextProducer {

    static final String ORGANIZATION_CLAIM = "organization";

    @Inject
    JsonWebToken token;

    @Produces // dependent: a record cannot be proxied; it is built once per injecting (request-scoped) bean
    CallerContext caller() {
        if (token == null || token.getRawToken() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        TenantId tenant = tenantOf(token).orElseThrow(() -> new ForbiddenException(
                "the token names no single organization, so no tenant can be chosen"));
        Set<CrmRole> roles = token.getGroups().stream()
                .map(CrmRole::fromRoleName)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return new CallerContext(UserId.of(token.getSubject()), token.getName(), tenant, roles);
    }

    public static Optional<TenantId> tenantOf(JsonWebToken token) {
        Object claim = token.getClaim(ORGANIZATION_CLAIM);
        if (!(claim instanceof JsonObject organizations) || organizations.size() != 1) {
            return Optional.empty();
        }
        JsonValue organization = organizations.values().iterator().next();
        if (!(organization instanceof JsonObject details) || !details.containsKey("id")) {
            return Optional.empty();
        }
        return Optional.of(TenantId.of(details.getString("id")));
    }
}
