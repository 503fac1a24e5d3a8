package io.tenantcrm.persistence.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * SQL the ORM cannot say (set-based re-pointing, rows to JSON and back, trigram look-ups). EclipseLink refuses
 * native SQL in a unit with multitenant entities, because its tenant discriminator cannot reach into it; each
 * statement here is allowed one by one, names {@code tenant_id} itself, and row-level security (the second wall)
 * applies to it as to everything else.
 */
public final class NativeSql {

    private static final String ALLOW = "eclipselink.jdbc.allow-native-sql-query";

    private NativeSql() {
    }

    public static Query of(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(ALLOW, true);
    }

    /** A timestamptz column of a native result, whichever type the driver hands out. */
    public static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) column;
    }
}
