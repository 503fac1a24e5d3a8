package io.tenantcrm.core.testkit;

import io.tenantcrm.core.shared.StaleRecordException;
import io.tenantcrm.core.shared.TenantId;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * One in-memory table keyed by tenant and id, with the optimistic locking a database adapter gives: an update
 * must carry the version it read, and the stored row comes back one version up.
 */
final class VersionedTable<K, T> implements Transactional {

    private record Key<K>(TenantId tenant, K id) {
    }

    private final String name;
    private final Function<T, TenantId> tenantOf;
    private final Function<T, K> idOf;
    private final ToLongFunction<T> versionOf;
    private final BiFunction<T, Long, T> withVersion;
    private Map<Key<K>, T> rows = new LinkedHashMap<>();

    VersionedTable(String name, Function<T, TenantId> tenantOf, Function<T, K> idOf, ToLongFunction<T> versionOf,
                   BiFunction<T, Long, T> withVersion) {
        this.name = name;
        this.tenantOf = tenantOf;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.withVersion = withVersion;
    }

    Optional<T> find(TenantId tenant, K id) {
        return Optional.ofNullable(rows.get(new Key<>(tenant, id)));
    }

    T add(T row) {
        Key<K> key = new Key<>(tenantOf.apply(row), idOf.apply(row));
        if (rows.containsKey(key)) {
            throw new IllegalStateException(name + " " + key.id() + " exists already");
        }
        T stored = withVersion.apply(row, 1L);
        rows.put(key, stored);
        return stored;
    }

    T update(T row) {
        Key<K> key = new Key<>(tenantOf.apply(row), idOf.apply(row));
        T current = rows.get(key);
        long expected = versionOf.applyAsLong(row);
        if (current == null || versionOf.applyAsLong(current) != expected) {
            throw new StaleRecordException(name + " " + key.id(), expected);
        }
        T stored = withVersion.apply(row, expected + 1);
        rows.put(key, stored);
        return stored;
    }

    Stream<T> all(TenantId tenant) {
        return rows.values().stream().filter(row -> tenantOf.apply(row).equals(tenant));
    }

    @Override
    public Map<Key<K>, T> snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        rows = (Map<Key<K>, T>) snapshot;
    }
}
