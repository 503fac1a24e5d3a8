package io.tenantcrm.persistence.sla;

import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.sla.SlaTimer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.UUID;

/** Row of {@code sla_timer}. */
@Entity
@Table(name = "sla_timer")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class SlaTimerEntity {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    private RecordType subjectType;
    @Column(name = "subject_id")
    private String subjectId;
    @Enumerated(EnumType.STRING)
    private SlaTimer.Clock clock;
    private int step;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "fired_at")
    private Instant firedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected SlaTimerEntity() {
        // for JPA
    }

    SlaTimerEntity(SlaTimer timer) {
        this.id = timer.id();
        this.subjectType = timer.subject().type();
        this.subjectId = timer.subject().id();
        this.clock = timer.clock();
        this.step = timer.step();
        this.dueAt = timer.dueAt();
    }

    SlaTimer toDomain(TenantId tenant) {
        return new SlaTimer(tenant, id, new RecordRef(subjectType, subjectId), clock, step, dueAt, firedAt,
                cancelledAt);
    }

    void fire(Instant at) {
        this.firedAt = at;
    }
}
