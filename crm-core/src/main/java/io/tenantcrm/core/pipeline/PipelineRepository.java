package io.tenantcrm.core.pipeline;

import io.tenantcrm.core.shared.TenantId;

import java.util.Optional;

/** Outbound port: the pipelines a tenant has configured. A tenant that configured none works with the default. */
public interface PipelineRepository {

    Optional<Pipeline> find(TenantId tenant, PipelineId id);

    /** Replaces the tenant's pipeline of that id, stages and all. */
    void save(TenantId tenant, Pipeline pipeline);
}
