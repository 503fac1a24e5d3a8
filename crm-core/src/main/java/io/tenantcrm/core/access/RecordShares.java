package io.tenantcrm.core.access;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.List;

/**
 * Outbound port: records shared with people who would not see them otherwise (a colleague covering a holiday, a
 * pre-sales engineer on a deal). A share lets them see and work the record; ownership does not change.
 */
public interface RecordShares {

    boolean isSharedWith(TenantId tenant, RecordRef record, UserId user);

    List<RecordShare> of(TenantId tenant, RecordRef record);

    /** Adds the share; sharing again with the same person changes nothing. */
    void add(TenantId tenant, RecordShare share);

    /** Takes the share away; true when there was one. */
    boolean remove(TenantId tenant, RecordRef record, UserId user);

    /** Takes away everything shared with the person (they leave the tenant). */
    void forget(TenantId tenant, UserId user);
}
