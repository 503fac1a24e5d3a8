package io.tenantcrm.core.product;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.util.List;
import java.util.Objects;

/**
 * Use case: a tenant admin keeps the catalogue (who may is the caller's check: roles are the edge's business). A
 * SKU is the tenant's own key for a product, so two products never share one.
 */
public final class ProductCatalogue {

    /** The violation code of a SKU another product has. */
    public static final String TAKEN = "taken";

    private final ProductRepository products;
    private final Recorder recorder;

    public ProductCatalogue(ProductRepository products, Recorder recorder) {
        this.products = Objects.requireNonNull(products, "products");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public Product add(Product.Draft draft) {
        return recorder.inTransaction(acting -> {
            Change<Product> created = Product.create(draft, acting);
            requireFree(created.record(), null);
            Product stored = products.add(created.record());
            recorder.keep(created);
            return stored;
        });
    }

    /** Replaces the product's fields with the draft's; {@code expectedVersion} is what the editor saw. */
    public Product edit(ProductId id, long expectedVersion, Product.Draft draft) {
        return recorder.inTransaction(acting -> {
            Product current = products.find(acting.tenant(), id)
                    .orElseThrow(() -> new NotFoundException("product", id.toString()));
            Change<Product> edited = current.withVersion(expectedVersion).edit(draft, acting);
            requireFree(edited.record(), id);
            Product stored = products.update(edited.record());
            recorder.keep(edited);
            return stored;
        });
    }

    public List<Product> list(boolean inactiveToo) {
        return recorder.inTransaction(acting -> products.all(acting.tenant(), inactiveToo));
    }

    private void requireFree(Product product, ProductId self) {
        products.bySku(product.tenant(), product.sku()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new RuleViolationException(List.of(new Violation("sku", "another product has SKU "
                    + other.sku(), TAKEN)));
        });
    }
}
