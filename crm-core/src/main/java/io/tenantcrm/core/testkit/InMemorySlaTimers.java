package io.tenantcrm.core.testkit;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.sla.SlaTimers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link SlaTimers} in memory, inside {@link InMemoryCrm}'s transactions. */
public final class InMemorySlaTimers implements SlaTimers, Transactional {

    private final Object lock;
    private Map<UUID, SlaTimer> timers = new LinkedHashMap<>();

    InMemorySlaTimers(Object lock) {
        this.lock = lock;
    }

    @Override
    public void schedule(List<SlaTimer> scheduled) {
        synchronized (lock) {
            for (SlaTimer timer : scheduled) {
                boolean known = timers.values().stream().anyMatch(t -> t.tenant().equals(timer.tenant())
                        && t.subject().equals(timer.subject()) && t.clock() == timer.clock()
                        && t.step() == timer.step());
                if (!known) {
                    timers.put(timer.id(), timer);
                }
            }
        }
    }

    @Override
    public int cancel(TenantId tenant, RecordRef subject, SlaTimer.Clock clock, Instant at) {
        synchronized (lock) {
            int cancelled = 0;
            for (SlaTimer t : new ArrayList<>(timers.values())) {
                if (t.tenant().equals(tenant) && t.subject().equals(subject) && t.clock() == clock && t.isPending()) {
                    timers.put(t.id(), new SlaTimer(t.tenant(), t.id(), t.subject(), t.clock(), t.step(), t.dueAt(),
                            null, at));
                    cancelled++;
                }
            }
            return cancelled;
        }
    }

    @Override
    public List<SlaTimer> of(TenantId tenant, RecordRef subject) {
        synchronized (lock) {
            return timers.values().stream().filter(t -> t.tenant().equals(tenant) && t.subject().equals(subject))
                    .sorted(Comparator.comparing(SlaTimer::dueAt)).toList();
        }
    }

    @Override
    public Optional<SlaTimer> lock(TenantId tenant, UUID id) {
        synchronized (lock) {
            return Optional.ofNullable(timers.get(id)).filter(t -> t.tenant().equals(tenant));
        }
    }

    @Override
    public void markFired(TenantId tenant, UUID id, Instant at) {
        synchronized (lock) {
            SlaTimer t = timers.get(id);
            if (t != null && t.tenant().equals(tenant)) {
                timers.put(id, new SlaTimer(t.tenant(), t.id(), t.subject(), t.clock(), t.step(), t.dueAt(), at,
                        null));
            }
        }
    }

    /** The pending timers due by {@code at}, earliest first: what a scheduler would fire. */
    public List<SlaTimer> dueBy(Instant at) {
        synchronized (lock) {
            return timers.values().stream().filter(t -> t.isPending() && !t.dueAt().isAfter(at))
                    .sorted(Comparator.comparing(SlaTimer::dueAt)).toList();
        }
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(timers);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        timers = (Map<UUID, SlaTimer>) snapshot;
    }
}
