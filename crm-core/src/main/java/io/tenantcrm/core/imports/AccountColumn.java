package io.tenantcrm.core.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A field of a customer list a spreadsheet column can fill: the company (an account) and, on the same row, a person
 * there (a contact). Headers in English and Chinese, compared without case, spaces or punctuation.
 */
public enum AccountColumn implements ImportColumn {
    CUSTOMER_ID("customer id", "customer no", "customer number", "client id", "crm id", "客户编号", "客户编码",
            "客户id"),
    COMPANY_NAME("company", "company name", "account", "account name", "customer", "customer name", "organization",
            "organisation", "公司", "公司名称", "客户名称", "企业名称", "单位"),
    WEBSITE("website", "web", "url", "homepage", "site", "网址", "网站", "官网"),
    COUNTRY("country", "country code", "nation", "国家", "国家/地区", "地区"),
    TIER("tier", "grade", "class", "customer tier", "客户等级", "等级"),
    CONTACT_NAME("contact", "contact name", "contact person", "name", "person", "full name", "联系人", "姓名"),
    EMAIL("email", "e-mail", "email address", "mail", "邮箱", "电子邮件", "电子邮箱"),
    PHONE("phone", "telephone", "tel", "mobile", "cell", "whatsapp", "phone number", "电话", "手机", "手机号",
            "联系电话"),
    JOB_TITLE("title", "job title", "position", "职位", "职务"),
    BUYING_ROLE("role", "buying role", "department", "角色", "部门");

    private final List<String> headers;

    AccountColumn(String... headers) {
        this.headers = List.of(headers).stream().map(ImportColumn::normalized).toList();
    }

    @Override
    public String fieldName() {
        return ImportColumn.camelCase(this);
    }

    public static Optional<AccountColumn> ofFieldName(String field) {
        return Arrays.stream(values()).filter(column -> column.fieldName().equals(field)).findFirst();
    }

    @Override
    public boolean knows(String header) {
        return headers.contains(ImportColumn.normalized(header));
    }
}
