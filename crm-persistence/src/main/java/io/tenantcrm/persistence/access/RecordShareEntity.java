package io.tenantcrm.persistence.access;

import io.tenantcrm.core.access.RecordShare;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code record_share}: one record shared with one person. */
@Entity
@Table(name = "record_share")
@IdClass(RecordShareEntity.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class RecordShareEntity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;
    @Id
    @Column(name = "record_id")
    private String recordId;
    @Id
    @Column(name = "user_id")
    private String userId;
    @Column(name = "shared_by")
    private String sharedBy;
    @Column(name = "shared_at")
    private Instant sharedAt;

    protected RecordShareEntity() {
        // for JPA
    }

    RecordShareEntity(RecordShare share) {
        this.recordType = share.record().type();
        this.recordId = share.record().id();
        this.userId = share.with().value();
        this.sharedBy = share.sharedBy().value();
        this.sharedAt = share.sharedAt();
    }

    RecordShare toShare() {
        return new RecordShare(new RecordRef(recordType, recordId), UserId.of(userId), UserId.of(sharedBy), sharedAt);
    }

    /** The composite key (the tenant column is added by EclipseLink). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private RecordType recordType;
        private String recordId;
        private String userId;

        public Key() {
        }

        Key(RecordRef record, UserId user) {
            this.recordType = record.type();
            this.recordId = record.id();
            this.userId = user.value();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && recordType == k.recordType && Objects.equals(recordId, k.recordId)
                    && Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordType, recordId, userId);
        }
    }
}
