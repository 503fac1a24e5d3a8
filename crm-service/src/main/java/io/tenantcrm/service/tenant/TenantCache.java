package io.tenantcrm.service.tenant;

import io.tenantcrm.core.shared.TenantId;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * What this instance keeps in memory about each tenant (its status, its settings), read once and kept until a
 * notice says the tenant changed ({@link TenantChangeWatch}). While no notices are heard (the listening connection
 * is down), a value is trusted only for {@code unheardFreshFor} after it was read, and then read again.
 *
 * <p>A read that overlaps a change is not kept: a value read before a commit must not be stored after the notice of
 * that commit was handled, or it would be kept for good. Every change counts, and a value is kept only if no change
 * arrived while it was being read.
 */
public final class TenantCache<V> {

    private record Kept<V>(V value, Instant readAt) {
    }

    private final Map<TenantId, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final Function<TenantId, V> reader;
    private final BooleanSupplier hearing;
    private final Duration unheardFreshFor;
    private final Clock clock;

    /**
     * @param reader reads the tenant's value from the database
     * @param hearing whether change notices are arriving now
     * @param unheardFreshFor how long a value is trusted while they are not ({@link Duration#ZERO}: not at all)
     */
    public TenantCache(Function<TenantId, V> reader, BooleanSupplier hearing, Duration unheardFreshFor, Clock clock) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.hearing = Objects.requireNonNull(hearing, "hearing");
        this.unheardFreshFor = Objects.requireNonNull(unheardFreshFor, "unheardFreshFor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The tenant's value: from memory while it is known to be current, else read (and kept if nothing changed). */
    public V get(TenantId tenant) {
        Instant now = clock.instant();
        Kept<V> known = kept.get(tenant);
        if (known != null && (hearing.getAsBoolean() || known.readAt().plus(unheardFreshFor).isAfter(now))) {
            return known.value();
        }
        long before = changes.get();
        V value = reader.apply(tenant);
        if (changes.get() == before) {
            kept.put(tenant, new Kept<>(value, now));
        }
        return value;
    }

    /** The tenant changed: the next read goes to the database. */
    public void changed(TenantId tenant) {
        changes.incrementAndGet();
        kept.remove(tenant);
    }

    /**
     * This instance is changing the tenant in the running transaction: dropped now, and again once it commits, so no
     * request in between keeps the old value (the change notice follows too, a moment later).
     */
    public void changing(TenantId tenant, TransactionSynchronizationRegistry transactions) {
        changed(tenant);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed(tenant);
                }
            }
        });
    }

    /** Any tenant may have changed (notices were missed). */
    public void forgetAll() {
        changes.incrementAndGet();
        kept.clear();
    }

    /** The tenants with a value in memory now (for a config source's property names). */
    public Map<TenantId, V> snapshot() {
        Map<TenantId, V> values = new java.util.HashMap<>();
        kept.forEach((tenant, known) -> values.put(tenant, known.value()));
        return Map.copyOf(values);
    }
}
