package io.tenantcrm.core.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A field of a deal list a spreadsheet column can fill: the customer (by customer id or company name), the deal,
 * and its next step. Headers in English and Chinese, compared without case, spaces or punctuation.
 */
public enum DealColumn implements ImportColumn {
    CUSTOMER_ID("customer id", "customer no", "customer number", "client id", "crm id", "客户编号", "客户编码",
            "客户id"),
    COMPANY_NAME("company", "company name", "account", "account name", "customer", "customer name", "公司",
            "公司名称", "客户名称", "客户"),
    TITLE("deal", "deal name", "deal title", "title", "opportunity", "opportunity name", "商机", "商机名称", "项目",
            "项目名称"),
    AMOUNT("amount", "value", "deal value", "deal amount", "金额", "预计金额", "商机金额"),
    CURRENCY("currency", "币种", "货币"),
    STAGE("stage", "deal stage", "阶段", "销售阶段", "商机阶段"),
    EXPECTED_CLOSE("close date", "expected close", "expected close date", "closing date", "预计成交日期",
            "预计成交时间"),
    NEXT_STEP("next step", "next action", "下一步", "下一步计划"),
    NEXT_STEP_DUE("next step date", "next step due", "follow-up date", "follow up date", "下次跟进时间",
            "跟进日期"),
    PRODUCT_INTEREST("product", "products", "product interest", "产品", "意向产品");

    private final List<String> headers;

    DealColumn(String... headers) {
        this.headers = List.of(headers).stream().map(ImportColumn::normalized).toList();
    }

    @Override
    public String fieldName() {
        return ImportColumn.camelCase(this);
    }

    public static Optional<DealColumn> ofFieldName(String field) {
        return Arrays.stream(values()).filter(column -> column.fieldName().equals(field)).findFirst();
    }

    @Override
    public boolean knows(String header) {
        return headers.contains(ImportColumn.normalized(header));
    }
}
