package io.tenantcrm.persistence.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** Row of {@code idempotency_key}: the first answer given to a create sent with that key. */
@Entity
@Table(name = "idempotency_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class IdempotencyKeyEntity {

    @Id
    @Column(name = "key")
    private String key;
    @Column(name = "request_hash")
    private String requestHash;
    private int status;
    private String location;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected IdempotencyKeyEntity() {
        // for JPA
    }

    IdempotencyKeyEntity(String key, StoredAnswer answer, Instant createdAt) {
        this.key = key;
        this.requestHash = answer.requestHash();
        this.status = answer.status();
        this.location = answer.location();
        this.body = answer.body();
        this.createdAt = createdAt;
    }

    StoredAnswer toAnswer() {
        return new StoredAnswer(requestHash, status, location, body);
    }
}
