package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.persistence.statements.StatementCount;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The second wall's key: sets PostgreSQL's {@code app.tenant_id} on the very connection a transaction acquires,
 * with {@code set_config(..., true)} so it lasts only as long as that database transaction and a pooled connection
 * never carries a tenant over. Row-level security policies compare every row's tenant_id to it.
 *
 * <p>Inside Payara the connection comes enlisted in the JTA transaction (autocommit already off). Outside a
 * container EclipseLink acquires it for a begun transaction but switches autocommit off only afterwards; the
 * listener switches it off first, so the setting and the work share one database transaction. A connection
 * acquired outside any transaction gets no tenant, and with no tenant RLS shows no row and refuses every write:
 * the wall fails closed. Registered with {@code eclipselink.session-event-listener}.
 */
public class TenantConnectionSetting extends SessionEventAdapter {

    static final String SET_TENANT = "select set_config('app.tenant_id', ?, true)";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        if (!(event.getResult() instanceof DatabaseAccessor accessor) || accessor.getConnection() == null) {
            return;
        }
        Session session = event.getSession();
        Object tenant = session.getProperty(TenantContext.TENANT_PROPERTY);
        if (tenant == null) {
            return;
        }
        Connection connection = accessor.getConnection();
        try {
            if (connection.getAutoCommit()) {
                if (!(session instanceof AbstractSession abstractSession) || !abstractSession.isInTransaction()) {
                    return;
                }
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
                statement.setString(1, tenant.toString());
                statement.execute();
            }
            StatementCount.in(session).ifPresent(count -> count.counted(1));
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant on the database connection", e);
        }
    }
}
