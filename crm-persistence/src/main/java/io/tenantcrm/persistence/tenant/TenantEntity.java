package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** JPA row of the tenant registry; {@link #toDomain()} and {@link #from(Tenant)} map to and from crm-core. */
@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "slug", nullable = false, length = 40, updatable = false)
    private String slug;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TenantEntity() {
        // for JPA
    }

    static TenantEntity from(Tenant tenant) {
        TenantEntity row = new TenantEntity();
        row.id = tenant.id().value();
        row.slug = tenant.slug();
        row.name = tenant.name();
        row.status = tenant.status();
        row.createdAt = tenant.createdAt();
        return row;
    }

    void changeStatus(TenantStatus newStatus) {
        this.status = newStatus;
    }

    Tenant toDomain() {
        return new Tenant(TenantId.of(id), slug, name, status, createdAt);
    }
}
