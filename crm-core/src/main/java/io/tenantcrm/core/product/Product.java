package io.tenantcrm.core.product;

import io.tenantcrm.core.audit.AuditEntry;
import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.RecordRef;
import io.tenantcrm.core.audit.RecordType;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.TextLimit;
import io.tenantcrm.core.shared.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a tenant sells, as its catalogue lists it: SKU, name, the unit it is sold in ("pcs", "set", "kg"), a
 * price per currency it quotes in, and whether it is still offered. Quotes copy what they need from it, so a
 * price changed later never changes a quote already made.
 *
 * <p>Invariants: a name and a unit; at least one price, at most one per currency; an inactive product keeps its
 * prices (old quotes and orders still name it) but is not offered for new quote lines.
 */
public record Product(TenantId tenant, ProductId id, long version, Sku sku, String name, String unit,
                      Map<Currency, ProductPrice> prices, boolean active, Instant createdAt) {

    public Product {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(createdAt, "createdAt");
        Map<Currency, ProductPrice> sorted = new LinkedHashMap<>();
        prices.values().stream().sorted(Comparator.comparing(p -> p.currency().getCurrencyCode()))
                .forEach(price -> sorted.put(price.currency(), price));
        prices = java.util.Collections.unmodifiableMap(sorted);
    }

    /** What an admin gives for a new product or an edit; checked whole, every violation at once. */
    public record Draft(String sku, String name, String unit, List<ProductPrice> prices, boolean active) {

        public Draft {
            prices = prices == null ? List.of() : List.copyOf(prices);
        }
    }

    public static Change<Product> create(Draft draft, Acting acting) {
        Product product = of(acting.tenant(), ProductId.newId(), 0, draft, acting.at());
        return new Change<>(product, List.of(), List.of(AuditEntry.of(acting, product.ref(), "record", null,
                "created " + product.sku() + " " + product.name(), null)));
    }

    /** The product as the draft says; one audit entry per field that changed. */
    public Change<Product> edit(Draft draft, Acting acting) {
        Product edited = of(tenant, id, version, draft, createdAt);
        List<AuditEntry> audit = new ArrayList<>();
        change(audit, acting, "sku", sku, edited.sku);
        change(audit, acting, "name", name, edited.name);
        change(audit, acting, "unit", unit, edited.unit);
        change(audit, acting, "prices", describe(prices), describe(edited.prices));
        change(audit, acting, "active", active, edited.active);
        return new Change<>(edited, List.of(), audit);
    }

    public Optional<ProductPrice> priceIn(Currency currency) {
        return Optional.ofNullable(prices.get(currency));
    }

    public RecordRef ref() {
        return new RecordRef(RecordType.PRODUCT, id.toString());
    }

    public Product withVersion(long newVersion) {
        return new Product(tenant, id, newVersion, sku, name, unit, prices, active, createdAt);
    }

    private static Product of(TenantId tenant, ProductId id, long version, Draft draft, Instant createdAt) {
        List<Violation> problems = new ArrayList<>();
        Sku sku = null;
        try {
            sku = Sku.of(draft.sku());
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
        }
        String name = text(problems, "name", draft.name(), "a product needs a name", TextLimit.LINE);
        String unit = text(problems, "unit", draft.unit(), "say what it is sold in: pcs, set, kg ...",
                TextLimit.LINE);
        Map<Currency, ProductPrice> prices = new LinkedHashMap<>();
        for (ProductPrice price : draft.prices()) {
            if (prices.put(price.currency(), price) != null) {
                problems.add(new Violation("prices." + price.currency().getCurrencyCode(),
                        "one price per currency", "duplicate"));
            }
        }
        if (prices.isEmpty()) {
            problems.add(Violation.required("prices", "a product needs a price in at least one currency"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new Product(tenant, id, version, sku, name, unit, prices, draft.active(), createdAt);
    }

    private static String text(List<Violation> problems, String field, String value, String missing,
                               TextLimit limit) {
        if (value == null || value.isBlank()) {
            problems.add(Violation.required(field, missing));
            return null;
        }
        try {
            return limit.check(field, value.strip());
        } catch (RuleViolationException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    private void change(List<AuditEntry> audit, Acting acting, String field, Object before, Object after) {
        if (!Objects.equals(String.valueOf(before), String.valueOf(after))) {
            audit.add(AuditEntry.of(acting, ref(), field, before, after, null));
        }
    }

    private static String describe(Map<Currency, ProductPrice> prices) {
        return prices.values().stream().map(p -> p.list() + (p.floor() == null ? "" : " floor " + p.floor().amount())
                + (p.unitCost() == null ? "" : " cost " + p.unitCost().amount())).reduce((a, b) -> a + "; " + b)
                .orElse("");
    }
}
