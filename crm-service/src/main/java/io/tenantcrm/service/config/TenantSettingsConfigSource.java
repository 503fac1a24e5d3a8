package io.tenantcrm.service.config;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.service.tenant.TenantCache;
import io.tenantcrm.service.tenant.TenantChangeWatch;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each tenant's own settings (the {@code tenant_setting} table) as a MicroProfile ConfigSource, under names that
 * carry the tenant: {@code tenant.<tenant id>.crm.health.red-after}. The tenant in the name is what keeps one
 * tenant's value from ever answering for another, whatever the container caches by property name.
 *
 * <p>Registered through {@code META-INF/services}, so the container creates it; {@link TenantConfig} connects it to
 * the database at start-up. Each tenant's settings are read once and kept until a change notice names the tenant
 * ({@link TenantChangeWatch}: a change made by any instance shows on all of them at its commit); while notices are
 * not heard, for {@link #UNHEARD_FRESH_FOR}. A change made by this instance also drops them at once ({@link #changing}).
 * Ordinal 500: above environment (300), system properties (400) and {@code microprofile-config.properties} (100),
 * which hold the platform's defaults.
 */
public final class TenantSettingsConfigSource implements ConfigSource {

    public static final String PREFIX = "tenant.";
    /** How long a tenant's settings are trusted while change notices are not heard. */
    static final Duration UNHEARD_FRESH_FOR = Duration.ofSeconds(30);

    private volatile TenantCache<Map<String, String>> settings;

    /** The name a tenant's value of a key has in MicroProfile Config. */
    public static String propertyName(TenantId tenant, String key) {
        return PREFIX + tenant.value() + "." + key;
    }

    void connect(Function<TenantId, Map<String, String>> settingsReader, TenantChangeWatch watch) {
        this.settings = watch.cache(tenant -> Map.copyOf(settingsReader.apply(tenant)), UNHEARD_FRESH_FOR);
    }

    /** This instance changes the tenant's settings in the running transaction (see {@link TenantCache#changing}). */
    void changing(TenantId tenant, TransactionSynchronizationRegistry transactions) {
        settings.changing(tenant, transactions);
    }

    @Override
    public String getValue(String propertyName) {
        if (settings == null || !propertyName.startsWith(PREFIX)) {
            return null;
        }
        int end = propertyName.indexOf('.', PREFIX.length());
        if (end < 0) {
            return null;
        }
        TenantId tenant = TenantId.of(propertyName.substring(PREFIX.length(), end));
        return valuesOf(tenant).get(propertyName.substring(end + 1));
    }

    /** Names of the tenants read so far (MicroProfile allows a source to list only what it knows). */
    @Override
    public Set<String> getPropertyNames() {
        if (settings == null) {
            return Set.of();
        }
        return settings.snapshot().entrySet().stream()
                .flatMap(e -> e.getValue().keySet().stream().map(key -> propertyName(e.getKey(), key)))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public int getOrdinal() {
        return 500;
    }

    @Override
    public String getName() {
        return "tenant-settings";
    }

    /** The tenant's own values, from memory unless they changed. */
    Map<String, String> valuesOf(TenantId tenant) {
        return settings.get(tenant);
    }
}
