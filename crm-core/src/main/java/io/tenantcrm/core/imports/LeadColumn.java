package io.tenantcrm.core.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A lead field a spreadsheet column can fill, and the headers people give such a column, in English and Chinese
 * (the names trade-show scanners, marketplaces and CRMs export with), compared without case, spaces or punctuation.
 */
public enum LeadColumn implements ImportColumn {
    PERSON_NAME("name", "contact", "contact name", "full name", "person", "buyer", "联系人", "姓名", "名字", "客户姓名"),
    COMPANY_NAME("company", "company name", "organization", "organisation", "account", "business", "公司",
            "公司名称", "企业名称", "单位"),
    EMAIL("email", "e-mail", "email address", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件"),
    PHONE("phone", "telephone", "tel", "mobile", "cell", "whatsapp", "phone number", "电话", "手机", "手机号",
            "联系电话"),
    JOB_TITLE("title", "job title", "position", "role", "职位", "职务"),
    COUNTRY("country", "country code", "nation", "国家", "国家/地区", "地区"),
    PRODUCT_INTEREST("product", "product interest", "interest", "products", "产品", "意向产品", "感兴趣的产品"),
    MESSAGE("message", "note", "notes", "comment", "comments", "inquiry", "enquiry", "留言", "备注", "询盘内容",
            "询盘"),
    SOURCE("source", "channel", "lead source", "来源", "渠道"),
    SOURCE_DETAIL("source detail", "campaign", "event", "fair", "展会", "活动"),
    RECEIVED_AT("received", "received at", "date", "created", "created at", "inquiry date", "日期", "询盘时间",
            "时间");

    private final List<String> headers;

    LeadColumn(String... headers) {
        this.headers = List.of(headers).stream().map(ImportColumn::normalized).toList();
    }

    @Override
    public String fieldName() {
        return ImportColumn.camelCase(this);
    }

    /** The column for a field name ({@code email}, {@code personName}), if there is one. */
    public static Optional<LeadColumn> ofFieldName(String field) {
        return Arrays.stream(values()).filter(column -> column.fieldName().equals(field)).findFirst();
    }

    @Override
    public boolean knows(String header) {
        return headers.contains(ImportColumn.normalized(header));
    }
}
