package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

/**
 * Outbound port: where each pool's rotation stands and how loaded its members are. {@link #lock} holds the
 * pool's rotation until the transaction ends, so two leads arriving together are given in turn, never to the
 * same person by accident.
 */
public interface PoolStates {

    /** Locks the pool's rotation for this transaction and reads it with its members' open leads. */
    PoolState lock(TenantId tenant, SalesPool pool);

    /** Records who got the pool's latest lead. */
    void advance(TenantId tenant, String pool, UserId assigned);
}
