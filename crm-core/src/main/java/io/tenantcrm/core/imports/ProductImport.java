package io.tenantcrm.core.imports;

import io.tenantcrm.core.audit.Change;
import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductPrice;
import io.tenantcrm.core.product.ProductRepository;
import io.tenantcrm.core.product.Sku;
import io.tenantcrm.core.shared.Acting;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.RuleViolationException;
import io.tenantcrm.core.shared.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: a tenant's catalogue from a price list, a row per SKU and currency. A row whose SKU the tenant has (or an
 * earlier row of the file gave) sets that product's price in the row's currency and whatever else the row says,
 * keeping its other prices; any other SKU makes a new product. A row is refused with every reason (no SKU, no list
 * price, a floor above the list price, a currency that is none), checked as an admin's edit is, and a refused row
 * never stops the others. Admins keep the catalogue, so only they import it.
 */
public final class ProductImport {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "active", "是", "在售");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "inactive", "否", "停售");

    private final ProductRepository products;
    private final Recorder recorder;

    public ProductImport(ProductRepository products, Recorder recorder) {
        this.products = Objects.requireNonNull(products, "products");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    public Session start(ColumnMapping<ProductColumn> mapping) {
        return new Session(Objects.requireNonNull(mapping, "mapping"));
    }

    /** A file's rows, a batch at a time; remembers what a dry run would have made, so later rows see it. */
    public final class Session extends BatchedSession {

        private final ColumnMapping<ProductColumn> mapping;
        /** In a dry run: the products earlier rows would have made or changed, by SKU as compared (any case). */
        private final Map<String, Product> planned = new HashMap<>();

        private Session(ColumnMapping<ProductColumn> mapping) {
            super(ProductImport.this.recorder);
            this.mapping = mapping;
        }

        @Override
        List<RowOutcome> take(List<ImportRow> rows, Acting acting, boolean write) {
            return rows.stream().map(row -> take(row, acting, write)).toList();
        }

        private RowOutcome take(ImportRow row, Acting acting, boolean write) {
            List<Violation> problems = new ArrayList<>();
            Sku sku = null;
            try {
                sku = Sku.of(value(row, ProductColumn.SKU).orElse(null));
            } catch (RuleViolationException e) {
                problems.addAll(e.violations());
            }
            ProductPrice price = price(row, problems);
            Boolean active = active(row, problems);
            if (!problems.isEmpty()) {
                return RowOutcome.rejected(row.number(), problems);
            }
            Sku code = sku;
            Optional<Product> existing = Optional.ofNullable(planned.get(code.key()))
                    .or(() -> products.bySku(acting.tenant(), code));
            try {
                if (existing.isPresent()) {
                    Product current = existing.get();
                    Map<java.util.Currency, ProductPrice> prices = new LinkedHashMap<>(current.prices());
                    prices.put(price.currency(), price);
                    Change<Product> edited = current.edit(new Product.Draft(current.sku().value(),
                            value(row, ProductColumn.NAME).orElse(current.name()),
                            value(row, ProductColumn.UNIT).orElse(current.unit()), List.copyOf(prices.values()),
                            active == null ? current.active() : active), acting);
                    Product stored = write ? products.update(edited.record()) : edited.record();
                    if (write) {
                        recorder.keep(edited);
                    } else {
                        planned.put(code.key(), stored);
                    }
                    return new RowOutcome(row.number(), Action.UPDATE, stored.ref().toString(), List.of(), List.of());
                }
                Change<Product> created = Product.create(new Product.Draft(sku.value(),
                        value(row, ProductColumn.NAME).orElse(null), value(row, ProductColumn.UNIT).orElse(null),
                        List.of(price), active == null || active), acting);
                Product stored = write ? products.add(created.record()) : created.record();
                if (write) {
                    recorder.keep(created);
                } else {
                    planned.put(code.key(), stored);
                }
                return new RowOutcome(row.number(), Action.CREATE, stored.ref().toString(), List.of(), List.of());
            } catch (RuleViolationException e) {
                return RowOutcome.rejected(row.number(), e.violations());
            }
        }

        /** The row's price: a currency and a list price, a floor and a cost if it gives them. */
        private ProductPrice price(ImportRow row, List<Violation> problems) {
            String currency = value(row, ProductColumn.CURRENCY).map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
            BigDecimal list = decimal(row, ProductColumn.LIST_PRICE, problems);
            BigDecimal floor = decimal(row, ProductColumn.FLOOR_PRICE, problems);
            BigDecimal cost = decimal(row, ProductColumn.UNIT_COST, problems);
            if (currency == null) {
                problems.add(Violation.required(ProductColumn.CURRENCY.fieldName(), "which currency is the price in?"));
            }
            if (list == null && value(row, ProductColumn.LIST_PRICE).isEmpty()) {
                problems.add(Violation.required(ProductColumn.LIST_PRICE.fieldName(), "a product needs a list price"));
            }
            if (!problems.isEmpty()) {
                return null;
            }
            try {
                return new ProductPrice(Money.of(list, currency), floor == null ? null : Money.of(floor, currency),
                        cost == null ? null : Money.of(cost, currency));
            } catch (RuleViolationException e) {
                problems.addAll(e.violations());
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(ProductColumn.CURRENCY.fieldName(), "'" + currency
                        + "' is not a currency code such as USD, EUR, CNY", "currency"));
            }
            return null;
        }

        private BigDecimal decimal(ImportRow row, ProductColumn column, List<Violation> problems) {
            Optional<String> text = value(row, column);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text.get().replace(",", "").replace("，", ""));
            } catch (NumberFormatException e) {
                problems.add(new Violation(column.fieldName(), "'" + text.get() + "' is not a number", "number"));
                return null;
            }
        }

        /** Yes or no as price lists say it; absent: a new product is offered, an existing one stays as it is. */
        private Boolean active(ImportRow row, List<Violation> problems) {
            Optional<String> text = value(row, ProductColumn.ACTIVE).map(t -> t.toLowerCase(Locale.ROOT));
            if (text.isEmpty()) {
                return null;
            }
            if (YES.contains(text.get())) {
                return true;
            }
            if (NO.contains(text.get())) {
                return false;
            }
            problems.add(new Violation(ProductColumn.ACTIVE.fieldName(), "'" + text.get() + "' is neither yes nor no",
                    "yes-or-no"));
            return null;
        }

        private Optional<String> value(ImportRow row, ProductColumn column) {
            return mapping.value(row.cells(), column);
        }
    }
}
