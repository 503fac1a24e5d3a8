package io.tenantcrm.service.config;

import io.tenantcrm.core.shared.TenantId;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each tenant's own settings (the {@code tenant_setting} table) as a MicroProfile ConfigSource, under names that
 * carry the tenant: {@code tenant.<tenant id>.crm.health.red-after}. The tenant in the name is what keeps one
 * tenant's value from ever answering for another, whatever the container caches by property name.
 *
 * <p>Registered through {@code META-INF/services}, so the container creates it; {@link TenantConfig} connects it to
 * the database at start-up. Each tenant's settings are read once and kept for {@link #FRESH_FOR}; a change made by
 * this instance drops them at once ({@link #forget}), a change made by another instance shows within that time.
 * Ordinal 500: above environment (300), system properties (400) and {@code microprofile-config.properties} (100),
 * which hold the platform's defaults.
 */
public final class TenantSettingsConfigSource implements ConfigSource {

    public static final String PREFIX = "tenant.";
    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Snapshot(Map<String, String> values, Instant readAt) {
    }

    private final Map<TenantId, Snapshot> snapshots = new ConcurrentHashMap<>();
    private volatile Function<TenantId, Map<String, String>> reader;
    private volatile Clock clock = Clock.systemUTC();

    /** The name a tenant's value of a key has in MicroProfile Config. */
    public static String propertyName(TenantId tenant, String key) {
        return PREFIX + tenant.value() + "." + key;
    }

    void connect(Function<TenantId, Map<String, String>> settingsReader, Clock settingsClock) {
        this.clock = settingsClock;
        this.reader = settingsReader;
        snapshots.clear();
    }

    /** Drops what is kept of the tenant's settings, so the next read sees the table. */
    void forget(TenantId tenant) {
        snapshots.remove(tenant);
    }

    @Override
    public String getValue(String propertyName) {
        if (reader == null || !propertyName.startsWith(PREFIX)) {
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
        return snapshots.entrySet().stream()
                .flatMap(e -> e.getValue().values().keySet().stream().map(key -> propertyName(e.getKey(), key)))
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

    /** The tenant's own values, from the snapshot kept of them (read again when it is older than FRESH_FOR). */
    Map<String, String> valuesOf(TenantId tenant) {
        Instant now = clock.instant();
        Snapshot kept = snapshots.get(tenant);
        if (kept != null && kept.readAt().plus(FRESH_FOR).isAfter(now)) {
            return kept.values();
        }
        Map<String, String> values = Map.copyOf(reader.apply(tenant));
        snapshots.put(tenant, new Snapshot(values, now));
        return values;
    }
}
