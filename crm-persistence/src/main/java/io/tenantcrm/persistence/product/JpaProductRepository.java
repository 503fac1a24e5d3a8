package io.tenantcrm.persistence.product;

import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.ProductRepository;
import io.tenantcrm.core.product.Sku;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.List;
import java.util.Optional;

/** {@link ProductRepository} on JPA, inside the EntityManager's tenant. */
public class JpaProductRepository extends TenantScoped implements ProductRepository {

    public JpaProductRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Product> find(TenantId tenant, ProductId id) {
        return Optional.ofNullable(em(tenant).find(ProductEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public Optional<Product> bySku(TenantId tenant, Sku sku) {
        return em(tenant).createQuery("select p from ProductEntity p where p.skuKey = :key", ProductEntity.class)
                .setParameter("key", sku.key()).getResultStream().findFirst().map(row -> row.toDomain(tenant));
    }

    @Override
    public Product add(Product product) {
        em(product.tenant()).persist(ProductEntity.from(product));
        return product.withVersion(1);
    }

    @Override
    public Product update(Product product) {
        return updateRow(product.tenant(), ProductEntity.class, product.id().value(), product, product.version(),
                "product " + product.id()).toDomain(product.tenant());
    }

    @Override
    public List<Product> all(TenantId tenant, boolean inactiveToo) {
        return em(tenant).createQuery("select p from ProductEntity p where p.active = true or :all = true"
                        + " order by p.skuKey", ProductEntity.class)
                .setParameter("all", inactiveToo).getResultStream().map(row -> row.toDomain(tenant)).toList();
    }
}
