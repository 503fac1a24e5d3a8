package io.tenantcrm.tenantadmin.cli;

import io.tenantcrm.core.shared.CurrentUser;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.IdentityDirectory;
import io.tenantcrm.core.tenant.TenantLifecycle;
import io.tenantcrm.core.tenant.TenantSignup;
import io.tenantcrm.persistence.CrmPersistenceUnit;
import io.tenantcrm.persistence.tenancy.LocalTransactions;
import io.tenantcrm.persistence.tenant.JdbcTenantData;
import io.tenantcrm.persistence.tenant.JpaTenantRepository;
import io.tenantcrm.tenantadmin.keycloak.KeycloakIdentityDirectory;
import io.tenantcrm.tenantadmin.keycloak.PlatformRealm;
import io.tenantcrm.tenantadmin.platform.PlatformSignup;
import jakarta.persistence.EntityManagerFactory;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Clock;
import java.util.Properties;

/**
 * What the operator's tools work with, built from the service's own configuration keys ({@code crm.db.*} as the
 * application role, {@code crm.keycloak.*} as the service's confidential client), so the CLI does exactly what
 * the service would, with the same rights.
 */
public final class OperatorSetup implements AutoCloseable {

    private final Properties config;
    private final Clock clock;
    private final PGSimpleDataSource dataSource;
    private final EntityManagerFactory units;
    private final Keycloak keycloak;
    private final IdentityDirectory directory;

    public OperatorSetup(Properties config, Clock clock) {
        this.config = config;
        this.clock = clock;
        dataSource = new PGSimpleDataSource();
        dataSource.setURL(required("crm.db.url"));
        dataSource.setUser(required("crm.db.user"));
        dataSource.setPassword(required("crm.db.password"));
        dataSource.setStringType("unspecified"); // as the service's datasource
        units = CrmPersistenceUnit.outsideContainer(dataSource);
        String keycloakUrl = required("crm.keycloak.url");
        String realm = config.getProperty("crm.keycloak.realm", PlatformRealm.DEFAULT_REALM);
        keycloak = KeycloakBuilder.builder().serverUrl(keycloakUrl).realm(realm)
                .clientId(config.getProperty("crm.keycloak.client-id", "crm-service"))
                .clientSecret(required("crm.keycloak.client-secret")).grantType("client_credentials").build();
        directory = new KeycloakIdentityDirectory(keycloak, new PlatformRealm(keycloakUrl, realm,
                PlatformRealm.DEFAULT_WEB_CLIENT, PlatformRealm.DEFAULT_AUDIENCE));
    }

    public TenantLifecycle lifecycle() {
        LocalTransactions registry = new LocalTransactions(units, new Operator());
        return new TenantLifecycle(new JpaTenantRepository(registry), directory,
                new JdbcTenantData(dataSource, clock), registry);
    }

    public TenantSignup signup() {
        return PlatformSignup.wire(units, directory, clock);
    }

    /** Whether a first admin may be given a password here (local set-ups); otherwise they choose it themselves. */
    public boolean acceptsInitialPassword() {
        return Boolean.parseBoolean(config.getProperty("crm.signup.accept-initial-password", "false"));
    }

    @Override
    public void close() {
        keycloak.close();
        units.close();
    }

    private String required(String key) {
        String value = config.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the configuration names no " + key);
        }
        return value;
    }

    /** The platform operator: works on the registry, which belongs to no tenant. */
    private static final class Operator implements CurrentUser {
        @Override
        public TenantId tenant() {
            return TenantId.of("platform");
        }

        @Override
        public UserId user() {
            return UserId.of("platform-operator");
        }
    }
}
