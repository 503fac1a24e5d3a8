package io.tenantcrm.persistence.sla;

import io.tenantcrm.persistence.tenancy.DueClaims;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schedulers' side of the timer store, across tenants: claim due timers (each claimed by one scheduler at a
 * time, a dead scheduler's claims taken over when their lease runs out) and measure the backlog. Everything else
 * about a timer happens inside its tenant's walls.
 */
public final class DueTimers {

    /** How many timers are due and not fired, and since when the oldest is. */
    public record Backlog(long due, Optional<Instant> oldestDueAt) {
    }

    private final DataSource dataSource;

    /** @param dataSource the application role's connections (outside any tenant) */
    public DueTimers(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public List<DueClaims.Claimed> claim(Instant now, int max, String claimant, Duration lease) {
        return new DueClaims(dataSource, "claim_due_sla_timers", "SLA timers").claim(now, max, claimant, lease);
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
