package io.tenantcrm.core.lead;

/** The fields of an inquiry a tenant can require or suggest at intake. */
public enum LeadField {
    PERSON_NAME("contact.personName"),
    COMPANY_NAME("contact.companyName"),
    EMAIL("contact.email"),
    PHONE("contact.phone"),
    COUNTRY("country"),
    PRODUCT_INTEREST("productInterest"),
    MESSAGE("message");

    private final String fieldName;

    LeadField(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }
}
