package io.tenantcrm.persistence.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** Row of {@code pool_rotation}: who got a pool's latest lead. */
@Entity
@Table(name = "pool_rotation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class PoolRotationEntity {

    @Id
    private String pool;
    @Column(name = "last_assigned")
    private String lastAssigned;

    protected PoolRotationEntity() {
        // for JPA
    }

    PoolRotationEntity(String pool) {
        this.pool = pool;
    }

    String lastAssigned() {
        return lastAssigned;
    }

    void advanceTo(String user) {
        this.lastAssigned = user;
    }
}
