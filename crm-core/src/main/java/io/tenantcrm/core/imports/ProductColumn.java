package io.tenantcrm.core.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A field of a price list a spreadsheet column can fill: a product and one of its prices (a row per SKU and
 * currency). Headers in English and Chinese, compared without case, spaces or punctuation.
 */
public enum ProductColumn implements ImportColumn {
    SKU("sku", "item no", "item number", "article", "article no", "part no", "part number", "product code", "code",
            "货号", "产品编号", "物料编码", "型号", "编号"),
    NAME("name", "product", "product name", "description", "item", "品名", "产品名称", "名称", "产品"),
    UNIT("unit", "uom", "unit of measure", "单位", "计量单位"),
    CURRENCY("currency", "ccy", "币种", "货币"),
    LIST_PRICE("list price", "price", "unit price", "list", "单价", "价格", "报价", "标准价"),
    FLOOR_PRICE("floor price", "floor", "minimum price", "min price", "lowest price", "底价", "最低价"),
    UNIT_COST("unit cost", "cost", "cost price", "成本", "成本价"),
    ACTIVE("active", "on sale", "offered", "在售", "启用");

    private final List<String> headers;

    ProductColumn(String... headers) {
        this.headers = List.of(headers).stream().map(ImportColumn::normalized).toList();
    }

    @Override
    public String fieldName() {
        return ImportColumn.camelCase(this);
    }

    public static Optional<ProductColumn> ofFieldName(String field) {
        return Arrays.stream(values()).filter(column -> column.fieldName().equals(field)).findFirst();
    }

    @Override
    public boolean knows(String header) {
        return headers.contains(ImportColumn.normalized(header));
    }
}
