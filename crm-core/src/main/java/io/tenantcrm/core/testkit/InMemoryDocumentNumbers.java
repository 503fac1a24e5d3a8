package io.tenantcrm.core.testkit;

import io.tenantcrm.core.shared.DocumentNumbers;
import io.tenantcrm.core.shared.TenantId;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link DocumentNumbers} in memory: a counter per tenant, kind and year that a failed transaction puts back, so
 * the sequence has no gap, as the database adapter's.
 */
public final class InMemoryDocumentNumbers implements DocumentNumbers, Transactional {

    private record Key(TenantId tenant, Kind kind, int year) {
    }

    private final Object lock;
    private Map<Key, Long> last = new HashMap<>();

    InMemoryDocumentNumbers(Object lock) {
        this.lock = lock;
    }

    @Override
    public long next(TenantId tenant, Kind kind, int year) {
        synchronized (lock) {
            return last.merge(new Key(tenant, kind, year), 1L, Long::sum);
        }
    }

    @Override
    public Object snapshot() {
        return new HashMap<>(last);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        last = (Map<Key, Long>) snapshot;
    }
}
