package io.tenantcrm.core.search;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.shared.TenantId;

import java.util.List;

/**
 * Outbound port: leads (not yet converted), accounts and contacts whose name, company, email or phone holds the
 * query, within the scope (a contact through its account's owner), each kind at most {@code limit}. The scope is
 * applied in the query itself, so a page never holds what the caller may not see.
 */
public interface RecordSearch {

    List<SearchHit> find(TenantId tenant, SearchQuery query, RecordScope scope, int limit);
}
