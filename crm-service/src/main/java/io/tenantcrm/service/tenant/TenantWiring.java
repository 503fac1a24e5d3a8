package io.tenantcrm.service.tenant;

import io.tenantcrm.core.tenant.TenantLifecycle;
import io.tenantcrm.core.tenant.TenantRepository;
import io.tenantcrm.core.tenant.TenantSignup;
import io.tenantcrm.persistence.pipeline.JpaPipelineRepository;
import io.tenantcrm.persistence.tenant.JdbcTenantData;
import io.tenantcrm.persistence.tenant.JpaTenantRepository;
import io.tenantcrm.service.crm.PlatformTransactions;
import io.tenantcrm.service.identity.KeycloakConnection;
import io.tenantcrm.service.startup.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.time.Clock;

/** A tenant's signup and lifecycle (read, export, delete) wired to the registry, Keycloak and the tenant's rows. */
@ApplicationScoped
public class TenantWiring {

    @Resource(lookup = DatabaseStartup.DATASOURCE)
    DataSource dataSource;

    @Inject
    KeycloakConnection keycloak;

    @Inject
    TenantRepository tenants;

    @Inject
    PlatformTransactions registry;

    @Inject
    Clock clock;

    /** Signup as the platform: the registry row, the tenant's pipeline, its organization and admin in Keycloak. */
    @Produces
    TenantSignup signup() {
        return new TenantSignup(keycloak.directory(), new JpaTenantRepository(registry::entityManager),
                new JpaPipelineRepository(registry::entityManager), registry, registry::inTenant, clock);
    }

    /** Made for each injection: the directory is Keycloak's as it stands now. */
    @Produces
    TenantLifecycle lifecycle() {
        return new TenantLifecycle(tenants, keycloak.directory(), new JdbcTenantData(dataSource, clock), registry);
    }
}
