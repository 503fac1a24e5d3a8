package io.tenantcrm.persistence.webhook;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.webhook.Delivery;
import io.tenantcrm.core.webhook.DeliveryAttempt;
import io.tenantcrm.core.webhook.WebhookDeliveries;
import io.tenantcrm.core.webhook.WebhookEvent;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link WebhookDeliveries} on {@code webhook_delivery} (the outbox) and {@code webhook_attempt} (the log). */
public class JpaWebhookDeliveries extends TenantScoped implements WebhookDeliveries {

    private static final String COLUMNS = "CAST(id AS varchar), CAST(endpoint_id AS varchar), event,"
            + " CAST(notification_id AS varchar), payload, created_at, attempts, next_attempt_at, delivered_at,"
            + " abandoned_at, last_outcome";
    /** What the log keeps of a receiver's error text. */
    private static final int OUTCOME_LENGTH = 300;

    public JpaWebhookDeliveries(EntityManagers ems) {
        super(ems);
    }

    /** The outbox row joins the JDBC batch of the record change whose event it carries ({@link OutboxRowEntity}). */
    @Override
    public void add(Delivery delivery) {
        em(delivery.tenant()).persist(OutboxRowEntity.of(delivery));
    }

    @Override
    public Optional<Delivery> lock(TenantId tenant, UUID id) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM webhook_delivery WHERE tenant_id = ?1"
                        + " AND id = CAST(?2 AS uuid) FOR UPDATE")
                .setParameter(1, tenant.value()).setParameter(2, id.toString()).getResultList().stream()
                .findFirst().map(row -> delivery(tenant, (Object[]) row));
    }

    /** Also lets go of a sender's claim, so the next try is taken when it is due, not when the lease ends. */
    @Override
    public void update(Delivery delivery) {
        NativeSql.of(em(delivery.tenant()), "UPDATE webhook_delivery SET attempts = ?3,"
                        + " next_attempt_at = CAST(?4 AS timestamptz), delivered_at = CAST(?5 AS timestamptz),"
                        + " abandoned_at = CAST(?6 AS timestamptz), last_outcome = ?7, claimed_by = NULL,"
                        + " claimed_until = NULL WHERE tenant_id = ?1 AND id = CAST(?2 AS uuid)")
                .setParameter(1, delivery.tenant().value()).setParameter(2, delivery.id().toString())
                .setParameter(3, delivery.attempts()).setParameter(4, text(delivery.nextAttemptAt()))
                .setParameter(5, text(delivery.deliveredAt())).setParameter(6, text(delivery.abandonedAt()))
                .setParameter(7, cut(delivery.lastOutcome())).executeUpdate();
    }

    @Override
    public void log(DeliveryAttempt attempt) {
        NativeSql.of(em(attempt.tenant()), "INSERT INTO webhook_attempt (tenant_id, delivery_id, number, at,"
                        + " status, error, took_ms) VALUES (?1, CAST(?2 AS uuid), ?3, CAST(?4 AS timestamptz), ?5, ?6,"
                        + " ?7)")
                .setParameter(1, attempt.tenant().value()).setParameter(2, attempt.delivery().toString())
                .setParameter(3, attempt.number()).setParameter(4, attempt.at().toString())
                .setParameter(5, attempt.status()).setParameter(6, cut(attempt.error()))
                .setParameter(7, attempt.took().toMillis()).executeUpdate();
    }

    @Override
    public List<DeliveryAttempt> attemptsOf(TenantId tenant, UUID delivery) {
        return NativeSql.of(em(tenant), "SELECT number, at, status, error, took_ms FROM webhook_attempt"
                        + " WHERE tenant_id = ?1 AND delivery_id = CAST(?2 AS uuid) ORDER BY number")
                .setParameter(1, tenant.value()).setParameter(2, delivery.toString()).getResultList().stream()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new DeliveryAttempt(tenant, delivery, ((Number) columns[0]).intValue(),
                            NativeSql.instant(columns[1]),
                            columns[2] == null ? null : ((Number) columns[2]).intValue(), (String) columns[3],
                            Duration.ofMillis(((Number) columns[4]).longValue()));
                }).toList();
    }

    @Override
    public List<Delivery> of(TenantId tenant, UUID endpoint, int limit) {
        return NativeSql.of(em(tenant), "SELECT " + COLUMNS + " FROM webhook_delivery WHERE tenant_id = ?1"
                        + " AND endpoint_id = CAST(?2 AS uuid) ORDER BY created_at DESC, id LIMIT ?3")
                .setParameter(1, tenant.value()).setParameter(2, endpoint.toString()).setParameter(3, limit)
                .getResultList().stream().map(row -> delivery(tenant, (Object[]) row)).toList();
    }

    @Override
    public int abandonPending(TenantId tenant, UUID endpoint, Instant at, String why) {
        return NativeSql.of(em(tenant), "UPDATE webhook_delivery SET abandoned_at = CAST(?3 AS timestamptz),"
                        + " next_attempt_at = NULL, last_outcome = ?4, claimed_by = NULL, claimed_until = NULL"
                        + " WHERE tenant_id = ?1 AND endpoint_id = CAST(?2 AS uuid) AND delivered_at IS NULL"
                        + " AND abandoned_at IS NULL")
                .setParameter(1, tenant.value()).setParameter(2, endpoint.toString())
                .setParameter(3, at.toString()).setParameter(4, cut(why)).executeUpdate();
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String cut(String text) {
        return text == null || text.length() <= OUTCOME_LENGTH ? text : text.substring(0, OUTCOME_LENGTH - 1) + "…";
    }

    private static Delivery delivery(TenantId tenant, Object[] row) {
        return new Delivery(tenant, UUID.fromString((String) row[0]), UUID.fromString((String) row[1]),
                WebhookEvent.valueOf((String) row[2]), UUID.fromString((String) row[3]), (String) row[4],
                NativeSql.instant(row[5]), ((Number) row[6]).intValue(),
                row[7] == null ? null : NativeSql.instant(row[7]), row[8] == null ? null : NativeSql.instant(row[8]),
                row[9] == null ? null : NativeSql.instant(row[9]), (String) row[10]);
    }
}
