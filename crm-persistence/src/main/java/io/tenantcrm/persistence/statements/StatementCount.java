package io.tenantcrm.persistence.statements;

import jakarta.persistence.EntityManagerFactory;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;

import java.util.Optional;

/**
 * Counts the SQL statements one thread sends through the crm unit between {@link #start()} and {@link #stop()}:
 * every statement EclipseLink executes (a batched insert counts as the statement it is, not as its round trip) and
 * those the adapters send on the unit's connections themselves ({@link #counted}, e.g. the tenant's
 * {@code set_config}). The service reports each request's count; a test holds lead intake to a budget with it.
 *
 * <p>A thread that did not {@link #start()} is not counted, so background work costs nothing here.
 */
public final class StatementCount extends SessionEventAdapter {

    private final ThreadLocal<int[]> counting = new ThreadLocal<>();

    /** The counter of the unit's session, installed on first use. */
    public static synchronized StatementCount installedOn(EntityManagerFactory units) {
        Session session = units.unwrap(JpaEntityManagerFactory.class).getServerSession();
        return in(session).orElseGet(() -> {
            StatementCount count = new StatementCount();
            session.getEventManager().addListener(count);
            return count;
        });
    }

    /**
     * The counter installed on the session, if there is one (a transaction's client session shares the listeners
     * of the server session it was made from).
     */
    public static Optional<StatementCount> in(Session session) {
        for (SessionEventListener listener : session.getEventManager().getListeners()) {
            if (listener instanceof StatementCount count) {
                return Optional.of(count);
            }
        }
        return Optional.empty();
    }

    /** Counts this thread's statements from now on, from zero. */
    public void start() {
        counting.set(new int[1]);
    }

    /** This thread's statements since {@link #start()}; counting stops. */
    public int stop() {
        int[] count = counting.get();
        counting.remove();
        return count == null ? 0 : count[0];
    }

    /** Statements an adapter sent on the unit's connection itself. */
    public void counted(int statements) {
        int[] count = counting.get();
        if (count != null) {
            count[0] += statements;
        }
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        counted(1);
    }
}
