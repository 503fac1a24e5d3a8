package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantRepository;
import io.tenantcrm.persistence.tenancy.EntityManagers;

import java.util.Objects;
import java.util.Optional;

/** {@link TenantRepository} on JPA: the registry has no tenant discriminator. Transactions belong to the caller. */
public class JpaTenantRepository implements TenantRepository {

    private final EntityManagers ems;

    public JpaTenantRepository(EntityManagers ems) {
        this.ems = Objects.requireNonNull(ems, "ems");
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(ems.current().find(TenantEntity.class, id.value())).map(TenantEntity::toDomain);
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return ems.current().createQuery("select t from TenantEntity t where t.slug = :slug", TenantEntity.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(TenantEntity::toDomain);
    }

    @Override
    public java.util.List<Tenant> all() {
        return ems.current().createQuery("select t from TenantEntity t order by t.slug", TenantEntity.class)
                .getResultStream().map(TenantEntity::toDomain).toList();
    }

    @Override
    public void add(Tenant tenant) {
        ems.current().persist(TenantEntity.from(tenant));
    }

    @Override
    public void remove(TenantId id) {
        TenantEntity row = ems.current().find(TenantEntity.class, id.value());
        if (row != null) {
            ems.current().remove(row);
        }
    }

    @Override
    public void changeStatus(TenantId id, io.tenantcrm.core.tenant.TenantStatus status) {
        TenantEntity row = ems.current().find(TenantEntity.class, id.value());
        if (row == null) {
            throw new io.tenantcrm.core.shared.NotFoundException("tenant", id);
        }
        row.changeStatus(status);
    }
}
