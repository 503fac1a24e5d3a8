package io.tenantcrm.core.deal;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/**
 * Outbound port for changing deals: load one to work on it, add a new one, store a changed one. {@code update}
 * fails with {@link io.tenantcrm.core.shared.StaleRecordException} when someone else changed the deal since it was
 * loaded (optimistic locking on {@link Deal#version()}); the stored deal comes back with its new version.
 */
public interface DealRepository {

    Optional<Deal> find(TenantId tenant, DealId id);

    Deal add(Deal deal);

    Deal update(Deal deal);
}
