package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Listens on PostgreSQL's {@value #CHANNEL} channel, on which migration V21's triggers announce every committed
 * change to a tenant's row, settings, assignment policy or webhook endpoints, whoever made it. An instance that
 * keeps tenants in memory drops what a notice names, so a suspension or a new setting shows on every instance at
 * once, not after a time-out.
 *
 * <p>Notices sent while no connection listens are lost, so the {@link Listener} is told {@link Listener#missed()}
 * whenever listening starts or stops, and must not trust what it kept before. {@link #listening()} says whether
 * notices are arriving now; a cache answers from memory only while it is true.
 *
 * <p>Runs on one thread of its own ({@link #run()}) with one dedicated connection outside any pool, until
 * {@link #close()}. A lost connection is opened again after {@link #RETRY_AFTER}.
 */
public final class TenantChangeNotices implements Runnable, AutoCloseable {

    public static final String CHANNEL = "crm_tenant_changed";
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(TenantChangeNotices.class.getName());

    /** What to do with the notices. Called on the listening thread: keep it short. */
    public interface Listener {

        /** The tenant's row, settings, assignment policy or webhook endpoints changed (committed). */
        void changed(TenantId tenant);

        /** Notices may have been missed: anything kept about any tenant may be stale. */
        void missed();
    }

    private final DataSource dataSource;
    private final Listener listener;
    private final Duration wait;
    private volatile boolean listening;
    private volatile boolean closed;
    private volatile Connection connection;

    /**
     * @param dataSource where to open the listening connection (any role: notices need no privilege)
     * @param wait how long one wait for notices blocks before it checks whether it should stop
     */
    public TenantChangeNotices(DataSource dataSource, Listener listener, Duration wait) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** Whether a connection is listening now, so every committed change since it began has been or will be told. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void run() {
        while (!closed) {
            try (Connection listen = dataSource.getConnection()) {
                connection = listen;
                try (Statement statement = listen.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                listener.missed(); // whatever was kept before this point was not covered by notices
                PGConnection notices = listen.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] arrived = notices.getNotifications((int) wait.toMillis());
                    if (arrived != null) {
                        for (PGNotification notice : arrived) {
                            listener.changed(TenantId.of(notice.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.log(Level.WARNING, "no longer listening for tenant changes; trying again in "
                            + RETRY_AFTER.toSeconds() + " s", e);
                }
            } finally {
                connection = null;
                if (listening) {
                    listening = false;
                    listener.missed();
                }
            }
            pause();
        }
    }

    private void pause() {
        try {
            if (!closed) {
                Thread.sleep(RETRY_AFTER.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening; the thread in {@link #run()} ends within the wait. */
    @Override
    public void close() {
        closed = true;
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the listening connection", e);
            }
        }
    }
}
