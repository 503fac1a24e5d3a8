package io.tenantcrm.service.security;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link CallerContext} from the verified token ({@link BearerTokenMechanism}). The tenant is the id in
 * Keycloak's {@code organization} claim ({@code {"<alias>": {"id": "<uuid>"}}}); a token naming no organization,
 * or several, gets no tenant.
 */
@RequestScoped
public class CallerContextProducer {

    static final String ORGANIZATION_CLAIM = "organization";

    @Inject
    HttpServletRequest request;

    @Produces // dependent: a record cannot be proxied; it is built once per injecting (request-scoped) bean
    CallerContext caller() {
        VerifiedToken token = tokenOf(request.getAttribute(BearerTokenMechanism.TOKEN))
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
        TenantId tenant = tenantOf(token).orElseThrow(() -> new ForbiddenException(
                "the token names no single organization, so no tenant can be chosen"));
        Set<CrmRole> roles = token.groups().stream()
                .map(CrmRole::fromRoleName)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return new CallerContext(UserId.of(token.subject()), token.name(), tenant, roles);
    }

    /** The verified token a request attribute (or a JAX-RS request property) holds, if any. */
    public static Optional<VerifiedToken> tokenOf(Object attribute) {
        return attribute instanceof VerifiedToken token ? Optional.of(token) : Optional.empty();
    }

    public static Optional<TenantId> tenantOf(VerifiedToken token) {
        if (token.organizations().size() != 1) {
            return Optional.empty();
        }
        String id = token.organizations().values().iterator().next();
        return id.isBlank() ? Optional.empty() : Optional.of(TenantId.of(id));
    }
}
