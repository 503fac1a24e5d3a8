package io.tenantcrm.core.access;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;

/**
 * Outbound port: what a person still carries: open leads (not converted or disqualified), open deals, the accounts
 * they own and their open tasks. Someone leaving the tenant hands all of it over first, so no customer is orphaned.
 */
public interface OwnedWork {

    List<RecordRef> of(TenantId tenant, UserId owner);
}
