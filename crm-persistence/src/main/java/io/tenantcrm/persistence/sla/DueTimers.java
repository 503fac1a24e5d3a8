package io.tenantcrm.persistence.sla;

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
import java.util.Optional;
import java.util.UUID;

/**
 * The schedulers' side of the timer store, across tenants: claim due timers (each claimed by one scheduler at a
 * time, a dead scheduler's claims taken over when their lease runs out) and measure the backlog. Everything else
 * about a timer happens inside its tenant's walls.
 */
public final class DueTimers {

    /** A claimed timer: which tenant, which timer. */
    public record Claimed(TenantId tenant, UUID id) {
    }

    /** How many timers are due and not fired, and since when the oldest is. */
    public record Backlog(long due, Optional<Instant> oldestDueAt) {
    }

    private final DataSource dataSource;

    /** @param dataSource the application role's connections (outside any tenant) */
    public DueTimers(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public List<Claimed> claim(Instant now, int max, String claimant, Duration lease) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement claim = db.prepareStatement(
                     "select tenant_id, id from claim_due_sla_timers(?, ?, ?, ?::interval)")) {
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
            throw new IllegalStateException("cannot claim due SLA timers", e);
        }
    }

    public Backlog backlog(Instant now) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("select due, oldest_due_at from pending_sla_timers(?)")) {
            query.setTimestamp(1, Timestamp.from(now));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp oldest = row.getTimestamp(2);
                return new Backlog(row.getLong(1), Optional.ofNullable(oldest).map(Timestamp::toInstant));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the SLA timer backlog", e);
        }
    }
}
