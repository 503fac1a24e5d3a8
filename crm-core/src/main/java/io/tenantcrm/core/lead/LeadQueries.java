package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;

/** Outbound port for reading many leads: work lists and the nurture queue. */
public interface LeadQueries {

    List<Lead> leadsOf(TenantId tenant, UserId owner, LeadStatus status);

    List<Lead> unassigned(TenantId tenant);
}
