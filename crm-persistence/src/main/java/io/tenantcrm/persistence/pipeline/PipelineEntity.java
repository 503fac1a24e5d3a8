package io.tenantcrm.persistence.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Row of {@code pipeline}; its stages are {@link PipelineStageEntity} rows. */
@Entity
@Table(name = "pipeline")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PipelineEntity {

    @Id
    private String id;
    @Version
    private long version;
    private String name;
    @Column(name = "skipping_allowed")
    private boolean skippingAllowed;
    @Column(name = "moving_back_allowed")
    private boolean movingBackAllowed;

    protected PipelineEntity() {
        // for JPA
    }

    PipelineEntity(String id) {
        this.id = id;
    }

    void set(String newName, boolean skipping, boolean movingBack) {
        this.name = newName;
        this.skippingAllowed = skipping;
        this.movingBackAllowed = movingBack;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    boolean skippingAllowed() {
        return skippingAllowed;
    }

    boolean movingBackAllowed() {
        return movingBackAllowed;
    }
}
