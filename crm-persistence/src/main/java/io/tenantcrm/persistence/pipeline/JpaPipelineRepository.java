package io.tenantcrm.persistence.pipeline;

import io.tenantcrm.core.pipeline.Pipeline;
import io.tenantcrm.core.pipeline.PipelineId;
import io.tenantcrm.core.pipeline.PipelineRepository;
import io.tenantcrm.core.pipeline.Stage;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** {@link PipelineRepository} on JPA: a pipeline row and its stage rows, replaced whole on save. */
public class JpaPipelineRepository extends TenantScoped implements PipelineRepository {

    public JpaPipelineRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Pipeline> find(TenantId tenant, PipelineId id) {
        EntityManager em = em(tenant);
        PipelineEntity row = em.find(PipelineEntity.class, id.value());
        if (row == null) {
            return Optional.empty();
        }
        List<Stage> stages = em.createQuery("select s from PipelineStageEntity s where s.pipelineId = :pipeline"
                        + " order by s.position", PipelineStageEntity.class)
                .setParameter("pipeline", id.value())
                .getResultStream().map(PipelineStageEntity::toDomain).toList();
        return Optional.of(new Pipeline(id, row.name(), stages, row.skippingAllowed(), row.movingBackAllowed()));
    }

    @Override
    public void save(TenantId tenant, Pipeline pipeline) {
        EntityManager em = em(tenant);
        PipelineEntity row = em.find(PipelineEntity.class, pipeline.id().value());
        if (row == null) {
            row = new PipelineEntity(pipeline.id().value());
            em.persist(row);
        } else {
            // removed and written before the new rows, which reuse the same positions and stage keys
            em.createQuery("select s from PipelineStageEntity s where s.pipelineId = :pipeline",
                            PipelineStageEntity.class)
                    .setParameter("pipeline", pipeline.id().value())
                    .getResultList().forEach(em::remove);
            em.flush();
        }
        row.set(pipeline.name(), pipeline.skippingAllowed(), pipeline.movingBackAllowed());
        for (int position = 0; position < pipeline.stages().size(); position++) {
            em.persist(PipelineStageEntity.from(pipeline.id().value(), position, pipeline.stages().get(position)));
        }
    }
}
