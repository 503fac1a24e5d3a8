package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port for changing leads; {@code update} checks the version (optimistic locking). */
public interface LeadRepository {

    Optional<Lead> find(TenantId tenant, LeadId id);

    Lead add(Lead lead);

    Lead update(Lead lead);
}
