package io.tenantcrm.core.testkit;

import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.ProductRepository;
import io.tenantcrm.core.product.Sku;
import io.tenantcrm.core.shared.TenantId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link ProductRepository} in memory, inside {@link InMemoryCrm}'s transactions. */
public final class InMemoryProducts implements ProductRepository {

    private final Object lock;
    final VersionedTable<ProductId, Product> table =
            new VersionedTable<>("product", Product::tenant, Product::id, Product::version, Product::withVersion);

    InMemoryProducts(Object lock) {
        this.lock = lock;
    }

    @Override
    public Optional<Product> find(TenantId tenant, ProductId id) {
        synchronized (lock) {
            return table.find(tenant, id);
        }
    }

    @Override
    public Optional<Product> bySku(TenantId tenant, Sku sku) {
        synchronized (lock) {
            return table.all(tenant).filter(p -> p.sku().key().equals(sku.key())).findFirst();
        }
    }

    @Override
    public Product add(Product product) {
        synchronized (lock) {
            return table.add(product);
        }
    }

    @Override
    public Product update(Product product) {
        synchronized (lock) {
            return table.update(product);
        }
    }

    @Override
    public List<Product> all(TenantId tenant, boolean inactiveToo) {
        synchronized (lock) {
            return table.all(tenant).filter(p -> inactiveToo || p.active())
                    .sorted(Comparator.comparing(p -> p.sku().key())).toList();
        }
    }
}
