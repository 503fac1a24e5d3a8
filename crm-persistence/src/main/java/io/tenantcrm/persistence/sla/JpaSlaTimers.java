package io.tenantcrm.persistence.sla;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.sla.SlaTimers;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link SlaTimers} on JPA, inside the tenant's walls. */
public class JpaSlaTimers extends TenantScoped implements SlaTimers {

    public JpaSlaTimers(EntityManagers ems) {
        super(ems);
    }

    /**
     * One query per record for the (clock, step) pairs it already has, then the missing timers persisted: they join
     * the transaction's batch instead of each check flushing what the one before it persisted.
     */
    @Override
    public void schedule(List<SlaTimer> timers) {
        Map<RecordRef, List<SlaTimer>> bySubject = new LinkedHashMap<>();
        timers.forEach(timer -> bySubject.computeIfAbsent(timer.subject(), subject -> new ArrayList<>()).add(timer));
        bySubject.forEach((subject, planned) -> {
            EntityManager em = em(planned.get(0).tenant());
            Set<String> existing = new HashSet<>();
            // COMMIT: asking must not flush what the transaction holds (an import's batch of 500 leads would be
            // written row by row); the timers a transaction stores come from one event each, and the unique
            // constraint sla_timer_once refuses a second start of the same step loudly
            em.createQuery("select t.clock, t.step from SlaTimerEntity t where t.subjectType = :type"
                            + " and t.subjectId = :subject", Object[].class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("type", subject.type()).setParameter("subject", subject.id())
                    .getResultList().forEach(row -> existing.add(row[0] + "/" + row[1]));
            for (SlaTimer timer : planned) {
                if (existing.add(timer.clock() + "/" + timer.step())) {
                    em.persist(new SlaTimerEntity(timer));
                }
            }
        });
    }

    @Override
    public int cancel(TenantId tenant, RecordRef subject, SlaTimer.Clock clock, Instant at) {
        return em(tenant).createQuery("update SlaTimerEntity t set t.cancelledAt = :at where t.subjectType = :type"
                        + " and t.subjectId = :subject and t.clock = :clock and t.firedAt is null"
                        + " and t.cancelledAt is null")
                .setParameter("at", at).setParameter("type", subject.type()).setParameter("subject", subject.id())
                .setParameter("clock", clock).executeUpdate();
    }

    @Override
    public List<SlaTimer> of(TenantId tenant, RecordRef subject) {
        return em(tenant).createQuery("select t from SlaTimerEntity t where t.subjectType = :type"
                        + " and t.subjectId = :subject", SlaTimerEntity.class)
                .setParameter("type", subject.type()).setParameter("subject", subject.id())
                .getResultStream().map(row -> row.toDomain(tenant))
                .sorted(Comparator.comparing(SlaTimer::dueAt).thenComparing(SlaTimer::step)).toList();
    }

    @Override
    public Optional<SlaTimer> lock(TenantId tenant, UUID id) {
        return Optional.ofNullable(em(tenant).find(SlaTimerEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(row -> row.toDomain(tenant));
    }

    @Override
    public void markFired(TenantId tenant, UUID id, Instant at) {
        EntityManager em = em(tenant);
        em.find(SlaTimerEntity.class, id).fire(at);
        em.flush();
    }
}
