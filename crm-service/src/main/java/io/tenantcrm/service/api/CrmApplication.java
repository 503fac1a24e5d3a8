package io.tenantcrm.service.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1. Callers authenticate with a Keycloak-issued bearer token
 * ({@code security.BearerTokenMechanism}); the tenant comes from the token's {@code organization} claim, never from
 * the request.
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@DeclareRoles({Roles.TENANT_ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
@OpenAPIDefinition(
        info = @Info(title = "Tenant CRM API", version = "1",
                description = "Leads, accounts, deals and pipelines of one tenant, taken from the bearer token.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class CrmApplication extends Application {
}
