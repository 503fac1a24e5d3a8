package io.tenantcrm.core.audit;

import io.tenantcrm.core.shared.TenantId;

import java.util.List;

/** Outbound port: the append-only audit trail, written in the same transaction as the change it records. */
public interface AuditLog {

    void append(List<AuditEntry> entries);

    /** Every entry about one record, oldest first. */
    List<AuditEntry> historyOf(TenantId tenant, RecordRef record);
}
