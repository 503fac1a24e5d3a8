package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.TenantId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Work that comes due across tenants (SLA timers, webhook deliveries), claimed through an owner-rights function
 * {@code f(now, max_rows, claimant, lease)} that answers (tenant_id, id): each row is held by one claimant at a
 * time, and a dead claimant's rows are taken over when their lease runs out. What is done with a row then happens
 * inside its tenant's walls.
 */
public final class DueClaims {

    /** A claimed row: which tenant, which record. */
    public record Claimed(TenantId tenant, UUID id) {
    }

    private final DataSource dataSource;
    private final String function;
    private final String what;

    /**
     * @param dataSource the application role's connections (outside any tenant)
     * @param function   the claim function's name, a constant of the caller's
     * @param what       what is claimed, for errors ("SLA timers")
     */
    public DueClaims(DataSource dataSource, String function, String what) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.function = Objects.requireNonNull(function, "function");
        this.what = Objects.requireNonNull(what, "what");
    }

    public List<Claimed> claim(Instant now, int max, String claimant, Duration lease) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement claim = db.prepareStatement(
                     "select tenant_id, id from " + function + "(?, ?, ?, ?::interval)")) {
            claim.setTimestamp(1, Timestamp.from(now));
            claim.setInt(2, max);
            claim.setString(3, claimant);
            claim.setString(4, lease.toMillis() + " milliseconds");
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(TenantId.of(rows.getString(1)), rows.getObject(2, UUID.class)));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim due " + what, e);
        }
    }
}
