package io.tenantcrm.core.lead;

import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

/** Outbound port for reading many leads: work lists and the nurture queue, oldest inquiry first, keyset-paged. */
public interface LeadQueries {

    Page<Lead> leadsOf(TenantId tenant, UserId owner, LeadStatus status, PageRequest page);

    /** The leads nobody owns that still need work: neither converted nor disqualified. */
    Page<Lead> unassigned(TenantId tenant, PageRequest page);

    /** Leads received in {@code [from, to)}, for reports. */
    java.util.List<Lead> receivedBetween(TenantId tenant, java.time.Instant from, java.time.Instant to);
}
