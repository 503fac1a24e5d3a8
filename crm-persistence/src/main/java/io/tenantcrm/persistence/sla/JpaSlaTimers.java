package io.tenantcrm.persistence.sla;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.sla.SlaTimer;
import io.tenantcrm.core.sla.SlaTimers;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link SlaTimers} on JPA, inside the tenant's walls. */
public class JpaSlaTimers extends TenantScoped implements SlaTimers {

    public JpaSlaTimers(EntityManagers ems) {
        super(ems);
    }

    @Override
    public void schedule(List<SlaTimer> timers) {
        for (SlaTimer timer : timers) {
            EntityManager em = em(timer.tenant());
            boolean scheduled = !em.createQuery("select t.id from SlaTimerEntity t where t.subjectType = :type"
                            + " and t.subjectId = :subject and t.clock = :clock and t.step = :step", UUID.class)
                    .setParameter("type", timer.subject().type()).setParameter("subject", timer.subject().id())
                    .setParameter("clock", timer.clock()).setParameter("step", timer.step())
                    .getResultList().isEmpty();
            if (!scheduled) {
                em.persist(new SlaTimerEntity(timer));
            }
        }
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
