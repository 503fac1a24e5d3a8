package io.tenantcrm.persistence.product;

import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductId;
import io.tenantcrm.core.product.Sku;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.persistence.quote.ChainDocuments;
import io.tenantcrm.persistence.tenancy.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Row of {@code product}; the prices per currency are one JSON document, {@code sku_key} the SKU as compared. */
@Entity
@Table(name = "product")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", primaryKey = true)
public class ProductEntity implements VersionedRow<Product> {

    @Id
    private UUID id;
    @Version
    private long version;
    private String sku;
    @Column(name = "sku_key")
    private String skuKey;
    private String name;
    private String unit;
    private String prices;
    private boolean active;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ProductEntity() {
        // for JPA
    }

    static ProductEntity from(Product product) {
        ProductEntity row = new ProductEntity();
        row.id = product.id().value();
        row.createdAt = product.createdAt();
        row.copy(product);
        return row;
    }

    @Override
    public void copy(Product product) {
        sku = product.sku().value();
        skuKey = product.sku().key();
        name = product.name();
        unit = product.unit();
        prices = ChainDocuments.prices(product.prices().values());
        active = product.active();
    }

    @Override
    public long version() {
        return version;
    }

    Product toDomain(TenantId tenant) {
        Map<java.util.Currency, io.tenantcrm.core.product.ProductPrice> byCurrency = new LinkedHashMap<>();
        ChainDocuments.prices(prices).forEach(price -> byCurrency.put(price.currency(), price));
        return new Product(tenant, new ProductId(id), version, Sku.of(sku), name, unit, byCurrency, active,
                createdAt);
    }
}
