package io.tenantcrm.persistence.activity;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
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
import java.util.Objects;
import java.util.UUID;

/** Row of {@code activity_link}: one record an activity is about. */
@Entity
@Table(name = "activity_link")
@IdClass(ActivityLinkEntity.Key.class)
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class ActivityLinkEntity {

    @Id
    @Column(name = "activity_id")
    private UUID activityId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type")
    private RecordType recordType;
    @Id
    @Column(name = "record_id")
    private String recordId;

    protected ActivityLinkEntity() {
        // for JPA
    }

    public ActivityLinkEntity(UUID activityId, RecordRef record) {
        this.activityId = activityId;
        this.recordType = record.type();
        this.recordId = record.id();
    }

    public UUID activityId() {
        return activityId;
    }

    public RecordRef record() {
        return new RecordRef(recordType, recordId);
    }

    /** The composite key (the tenant column is added by EclipseLink). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private UUID activityId;
        private RecordType recordType;
        private String recordId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(activityId, k.activityId) && recordType == k.recordType
                    && Objects.equals(recordId, k.recordId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(activityId, recordType, recordId);
        }
    }
}
