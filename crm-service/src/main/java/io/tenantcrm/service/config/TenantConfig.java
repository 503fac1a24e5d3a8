package io.tenantcrm.service.config;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.SettingKeys;
import io.tenantcrm.core.tenant.TenantSettings;
import io.tenantcrm.persistence.tenant.JpaTenantSettings;
import io.tenantcrm.service.tenant.TenantChangeWatch;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tenant configuration through MicroProfile Config: a setting is the tenant's own value
 * ({@link TenantSettingsConfigSource}, from {@code tenant_setting}) or else the platform's default (environment,
 * system properties, {@code microprofile-config.properties}). crm-core's {@code ConfiguredTenants} reads the
 * resolved values through the {@link TenantSettings} port this class implements; a change is written to the table
 * and, once its transaction commits, shows on the next request.
 *
 * <p>The platform's defaults are resolved once, at start: they come from the environment and files, which do not
 * change while the service runs, and searching every config source for every key on every request (Payara's JNDI
 * source throws for each key it lacks) was more than half of a lead intake's time. A tenant's own values come
 * straight from the snapshot its config source keeps.
 */
@ApplicationScoped
public class TenantConfig implements TenantSettings {

    @Inject
    Config config;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    StoredTenantSettings stored;

    @Inject
    TenantChangeWatch watch;

    private TenantSettingsConfigSource source;
    /** Every setting's platform default (keys without one are absent), read once. */
    private Map<String, String> defaults;

    @PostConstruct
    void connect() {
        for (ConfigSource candidate : config.getConfigSources()) {
            if (candidate instanceof TenantSettingsConfigSource tenantSettings) {
                source = tenantSettings;
            }
        }
        if (source == null) {
            throw new IllegalStateException("the tenant-settings ConfigSource is not registered (META-INF/services)");
        }
        source.connect(stored::read, watch);
        Map<String, String> platform = new TreeMap<>();
        for (String key : SettingKeys.all()) {
            config.getOptionalValue(key, String.class).ifPresent(value -> platform.put(key, value));
        }
        defaults = Collections.unmodifiableMap(platform);
    }

    /** Every setting's value for the tenant: its own, or the platform default; keys without either are absent. */
    @Override
    public Map<String, String> of(TenantId tenant) {
        Map<String, String> own = source.valuesOf(tenant);
        if (own.isEmpty()) {
            return defaults;
        }
        Map<String, String> values = new TreeMap<>(defaults);
        own.forEach((key, value) -> {
            if (SettingKeys.all().contains(key)) {
                values.put(key, value);
            }
        });
        return Collections.unmodifiableMap(values);
    }

    /** The tenant's own values only, as stored. */
    public Map<String, String> ownOf(TenantId tenant) {
        return stored.read(tenant);
    }

    @Override
    public void put(TenantId tenant, String key, String value) {
        new JpaTenantSettings(() -> em, clock).put(tenant, key, value);
        source.changing(tenant, transactions);
    }
}
