package io.tenantcrm.persistence.tenant;

import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantRepository;
import jakarta.persistence.EntityManager;

import java.util.Objects;
import java.util.Optional;

/** {@link TenantRepository} on JPA. Transactions belong to the caller (JTA in the service). */
public class JpaTenantRepository implements TenantRepository {

    private final EntityManager em;

    public JpaTenantRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(TenantEntity.class, id.value())).map(TenantEntity::toDomain);
    }

    @Override
    public Optional<Tenant> findBySlug(String slug) {
        return em.createQuery("select t from TenantEntity t where t.slug = :slug", TenantEntity.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(TenantEntity::toDomain);
    }

    @Override
    public void add(Tenant tenant) {
        em.persist(TenantEntity.from(tenant));
    }
}
