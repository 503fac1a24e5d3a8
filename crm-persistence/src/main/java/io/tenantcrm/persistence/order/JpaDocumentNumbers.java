package io.tenantcrm.persistence.order;

import io.tenantcrm.core.shared.DocumentNumbers;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

/**
 * {@link DocumentNumbers} on {@code document_number} (V19): one upsert moves the tenant's counter for the kind and
 * year and answers it. The row stays locked until the transaction ends, so two documents never get one number, and
 * a rollback puts it back: no gap.
 */
public class JpaDocumentNumbers extends TenantScoped implements DocumentNumbers {

    public JpaDocumentNumbers(EntityManagers ems) {
        super(ems);
    }

    @Override
    public long next(TenantId tenant, Kind kind, int year) {
        Object last = NativeSql.of(em(tenant), "INSERT INTO document_number (tenant_id, kind, year, last)"
                        + " VALUES (?1, ?2, ?3, 1) ON CONFLICT (tenant_id, kind, year)"
                        + " DO UPDATE SET last = document_number.last + 1 RETURNING last")
                .setParameter(1, tenant.value()).setParameter(2, kind.name()).setParameter(3, year)
                .getSingleResult();
        return ((Number) last).longValue();
    }
}
