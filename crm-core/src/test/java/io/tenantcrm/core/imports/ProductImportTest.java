package io.tenantcrm.core.imports;

import io.tenantcrm.core.audit.Recorder;
import io.tenantcrm.core.imports.RowOutcome.Action;
import io.tenantcrm.core.product.Product;
import io.tenantcrm.core.product.ProductCatalogue;
import io.tenantcrm.core.product.ProductPrice;
import io.tenantcrm.core.product.Sku;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.shared.Violation;
import io.tenantcrm.core.testkit.InMemoryCrm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ProductImportTest {

    static final TenantId ACME = TenantId.of("acme");
    static final List<String> HEADERS = List.of("货号", "品名", "单位", "币种", "单价", "底价", "成本", "在售");

    InMemoryCrm store;
    ProductImport imports;
    ProductCatalogue catalogue;

    @BeforeEach
    void wire() {
        store = new InMemoryCrm().actAs(ACME, UserId.of("ada"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
        Recorder recorder = new Recorder(store, store, store, store, clock);
        imports = new ProductImport(store.products(), recorder);
        catalogue = new ProductCatalogue(store.products(), recorder);
    }

    @Test
    void a_chinese_price_list_maps_its_headers() {
        assertThat(ColumnMapping.suggest(ProductColumn.class, HEADERS).columns()).containsExactly(
                entry(ProductColumn.SKU, 0), entry(ProductColumn.NAME, 1), entry(ProductColumn.UNIT, 2),
                entry(ProductColumn.CURRENCY, 3), entry(ProductColumn.LIST_PRICE, 4), entry(ProductColumn.FLOOR_PRICE, 5),
                entry(ProductColumn.UNIT_COST, 6), entry(ProductColumn.ACTIVE, 7));
    }

    @Test
    void rows_make_products_add_prices_in_other_currencies_update_known_skus_and_refuse_bad_rows() {
        catalogue.add(new Product.Draft("PMP-100", "Pump 100", "pcs", List.of(new ProductPrice(
                Money.of("500", "USD"), null, null)), true));
        List<ImportRow> rows = List.of(
                row(2, "VLV-DN50", "Ball valve DN50", "pcs", "usd", "40.00", "34", "30", "是"),
                row(3, "vlv-dn50", "", "", "EUR", "37.50", "", "", ""),
                row(4, "PMP-100", "Pump 100 (2027)", "", "USD", "1,250.00", "", "900", "否"),
                row(5, "", "No code", "pcs", "USD", "1", "", "", ""),
                row(6, "GSK-9", "Gasket", "pcs", "USD", "2", "3", "", ""),
                row(7, "GSK-10", "Gasket", "pcs", "XYZ", "ten", "", "", "maybe"));
        ColumnMapping<ProductColumn> mapping = ColumnMapping.suggest(ProductColumn.class, HEADERS);

        List<RowOutcome> dry = imports.start(mapping).dryRun(rows);
        assertThat(catalogue.list(true)).as("a dry run writes nothing").hasSize(1);
        List<RowOutcome> real = imports.start(mapping).apply(rows);
        assertThat(real).extracting(RowOutcome::action).containsExactly(Action.CREATE, Action.UPDATE, Action.UPDATE,
                Action.REJECT, Action.REJECT, Action.REJECT);
        assertThat(dry).extracting(RowOutcome::action).isEqualTo(real.stream().map(RowOutcome::action).toList());

        Product valve = store.products().bySku(ACME, Sku.of("VLV-DN50")).orElseThrow();
        assertThat(valve.name()).isEqualTo("Ball valve DN50");
        assertThat(valve.prices().keySet()).extracting(Currency::getCurrencyCode).containsExactly("EUR", "USD");
        assertThat(valve.priceIn(Currency.getInstance("USD")).orElseThrow()).isEqualTo(new ProductPrice(
                Money.of("40.00", "USD"), Money.of("34", "USD"), Money.of("30", "USD")));
        Product pump = store.products().bySku(ACME, Sku.of("PMP-100")).orElseThrow();
        assertThat(pump.name()).isEqualTo("Pump 100 (2027)");
        assertThat(pump.unit()).as("kept when the row leaves it out").isEqualTo("pcs");
        assertThat(pump.priceIn(Currency.getInstance("USD")).orElseThrow().list()).isEqualTo(Money.of("1250.00", "USD"));
        assertThat(pump.active()).isFalse();

        assertThat(real.get(3).problems()).extracting(Violation::field).containsExactly("sku");
        assertThat(real.get(4).problems()).extracting(Violation::code).containsExactly("floor-above-list");
        assertThat(real.get(5).problems()).extracting(Violation::field)
                .containsExactlyInAnyOrder("listPrice", "active");
        assertThat(catalogue.list(true)).hasSize(2);
    }

    private static ImportRow row(int number, String... cells) {
        return new ImportRow(number, List.of(cells));
    }
}
