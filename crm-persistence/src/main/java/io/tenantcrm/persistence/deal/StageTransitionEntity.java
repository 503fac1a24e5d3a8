package io.tenantcrm.persistence.deal;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.StageTransition;
import io.tenantcrm.core.pipeline.StageId;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.UUID;

/** Row of the append-only {@code stage_transition}; ids come from a sequence preallocated 50 at a time. */
@Entity
@Table(name = "stage_transition")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class StageTransitionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_transition_seq")
    @SequenceGenerator(name = "stage_transition_seq", sequenceName = "stage_transition_seq", allocationSize = 50)
    private Long id;
    @Column(name = "deal_id", updatable = false)
    private UUID dealId;
    @Column(name = "from_stage", updatable = false)
    private String fromStage;
    @Column(name = "to_stage", updatable = false)
    private String toStage;
    @Column(updatable = false)
    private Instant at;
    @Column(name = "by_user", updatable = false)
    private String byUser;

    protected StageTransitionEntity() {
        // for JPA
    }

    public static StageTransitionEntity from(StageTransition transition) {
        StageTransitionEntity row = new StageTransitionEntity();
        row.dealId = transition.deal().value();
        row.fromStage = transition.from() == null ? null : transition.from().value();
        row.toStage = transition.to().value();
        row.at = transition.at();
        row.byUser = transition.by().value();
        return row;
    }

    public StageTransition toDomain(TenantId tenant) {
        return new StageTransition(tenant, new DealId(dealId), fromStage == null ? null : StageId.of(fromStage),
                StageId.of(toStage), at, UserId.of(byUser));
    }
}
