package io.tenantcrm.persistence.webhook;

import io.tenantcrm.core.webhook.Delivery;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.UUID;

/**
 * A new row of {@code webhook_delivery} (the outbox), persisted through the ORM so it goes to the database in the
 * same JDBC batch as the record change that raised its event: an import of 500 leads with a webhook on writes its
 * 500 outbox rows in a few batched statements, not 500 round trips. Only ever inserted: the sender claims, reads and
 * updates rows in SQL ({@link JpaWebhookDeliveries}), so the entity is never read back and never cached.
 */
@Entity
@Table(name = "webhook_delivery")
@Cacheable(false)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class OutboxRowEntity {

    @Id
    private UUID id;
    @Column(name = "endpoint_id")
    private UUID endpointId;
    private String event;
    @Column(name = "notification_id")
    private UUID notificationId;
    private String payload;
    @Column(name = "created_at")
    private Instant createdAt;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected OutboxRowEntity() {
        // for JPA
    }

    static OutboxRowEntity of(Delivery delivery) {
        OutboxRowEntity row = new OutboxRowEntity();
        row.id = delivery.id();
        row.endpointId = delivery.endpoint();
        row.event = delivery.event().name();
        row.notificationId = delivery.notification();
        row.payload = delivery.payload();
        row.createdAt = delivery.createdAt();
        row.attempts = 0;
        row.nextAttemptAt = delivery.nextAttemptAt();
        return row;
    }
}
