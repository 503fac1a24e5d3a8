package io.tenantcrm.core.product;

import io.tenantcrm.core.shared.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: a tenant's catalogue. {@code update} fails with
 * {@link io.tenantcrm.core.shared.StaleRecordException} when the product changed since it was read.
 */
public interface ProductRepository {

    Optional<Product> find(TenantId tenant, ProductId id);

    /** The product whose SKU is this one, compared without regard to case. */
    Optional<Product> bySku(TenantId tenant, Sku sku);

    Product add(Product product);

    Product update(Product product);

    /** The catalogue by SKU; only what is offered unless {@code inactiveToo}. */
    List<Product> all(TenantId tenant, boolean inactiveToo);
}
