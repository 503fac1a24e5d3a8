package io.tenantcrm.service.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenant.TenantChangeNotices;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.ds.PGSimpleDataSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Hears PostgreSQL's notices of changed tenants ({@link TenantChangeNotices}) on a thread of its own and drops what
 * every {@link TenantCache} of this instance keeps about the tenant named. So a tenant suspended by the operator's
 * command line, or a setting changed through another instance, shows here within milliseconds of its commit, and
 * the request path need not read the tenant's row and settings on every call.
 *
 * <p>The listening connection is the service's own, outside the pool, as the application role.
 */
@ApplicationScoped
public class TenantChangeWatch {

    /** How long one wait for notices blocks before the thread checks whether the service is stopping. */
    static final Duration WAIT = Duration.ofSeconds(1);

    @Inject
    @ConfigProperty(name = "crm.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "crm.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "crm.db.password", defaultValue = "")
    String password;

    @Inject
    Clock clock;

    @Resource
    ManagedThreadFactory threads;

    private final List<TenantCache<?>> caches = new CopyOnWriteArrayList<>();
    private TenantChangeNotices notices;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(url);
        database.setUser(user);
        database.setPassword(password);
        database.setApplicationName("tenant-crm change notices");
        notices = new TenantChangeNotices(database, new TenantChangeNotices.Listener() {
            @Override
            public void changed(TenantId tenant) {
                caches.forEach(cache -> cache.changed(tenant));
            }

            @Override
            public void missed() {
                caches.forEach(TenantCache::forgetAll);
            }
        }, WAIT);
        Thread thread = threads.newThread(notices);
        thread.setName("tenant-change-notices");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() {
        if (notices != null) {
            notices.close();
        }
    }

    /** Whether notices arrive now; until the watch has started, and while its connection is down, they do not. */
    public boolean hearing() {
        TenantChangeNotices current = notices;
        return current != null && current.listening();
    }

    /**
     * A cache of one thing per tenant, emptied by this watch.
     *
     * @param unheardFreshFor how long a value is trusted while notices are not heard
     */
    public <V> TenantCache<V> cache(Function<TenantId, V> reader, Duration unheardFreshFor) {
        TenantCache<V> cache = new TenantCache<>(reader, this::hearing, unheardFreshFor, clock);
        caches.add(cache);
        return cache;
    }
}
