package io.tenantcrm.persistence.audit;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.mapping.WordingColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;

/** Row of the append-only {@code audit_entry}. */
@Entity
@Table(name = "audit_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", updatable = false)
    private RecordType recordType;
    @Column(name = "record_id", updatable = false)
    private String recordId;
    @Column(updatable = false)
    private String field;
    @Column(name = "old_value", updatable = false)
    private String oldValue;
    @Column(name = "new_value", updatable = false)
    private String newValue;
    @Column(updatable = false)
    private String actor;
    @Column(updatable = false)
    private Instant at;
    @Column(updatable = false)
    private String reason;
    @Column(updatable = false)
    private String said;

    protected AuditEntryEntity() {
        // for JPA
    }

    public static AuditEntryEntity from(AuditEntry entry) {
        AuditEntryEntity row = new AuditEntryEntity();
        row.recordType = entry.record().type();
        row.recordId = entry.record().id();
        row.field = entry.field();
        row.oldValue = entry.oldValue();
        row.newValue = entry.newValue();
        row.actor = entry.actor().value();
        row.at = entry.at();
        row.reason = entry.reason();
        row.said = WordingColumn.writeAll(entry.said());
        return row;
    }

    public AuditEntry toDomain(TenantId tenant) {
        return new AuditEntry(tenant, new RecordRef(recordType, recordId), field, oldValue, newValue,
                UserId.of(actor), at, reason, WordingColumn.readAll(said, "audit entry " + id));
    }
}
