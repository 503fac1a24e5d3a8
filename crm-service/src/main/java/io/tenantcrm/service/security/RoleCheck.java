package io.tenantcrm.service.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.List;

/**
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the resources, bound at deployment to each
 * method (the method's annotation first, then its class's): no caller is 401, a caller without any of the roles is
 * 403. The caller and the roles come from {@link BearerTokenMechanism}.
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new Allowed(List.of()));
            return;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && !resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (roles != null) {
            context.register(new Allowed(List.of(roles.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Allowed implements ContainerRequestFilter {

        private final List<String> roles;

        Allowed(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer");
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                throw new ForbiddenException("your role may not do this");
            }
        }
    }
}
