package io.tenantcrm.persistence.audit;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.AuditLog;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.List;

/**
 * {@link AuditLog} on JPA, written in the transaction of the change it records. Append-only: the application role
 * has no right to update or delete audit rows.
 */
public class JpaAuditLog extends TenantScoped implements AuditLog {

    public JpaAuditLog(EntityManagers ems) {
        super(ems);
    }

    @Override
    public void append(List<AuditEntry> entries) {
        for (AuditEntry entry : entries) {
            em(entry.tenant()).persist(AuditEntryEntity.from(entry));
        }
    }

    @Override
    public List<AuditEntry> historyOf(TenantId tenant, RecordRef record) {
        return em(tenant).createQuery("select a from AuditEntryEntity a where a.recordType = :type"
                        + " and a.recordId = :id order by a.id", AuditEntryEntity.class)
                .setParameter("type", record.type())
                .setParameter("id", record.id())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }
}
