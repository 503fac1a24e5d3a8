package io.tenantcrm.core.forecast;

/** What a forecast is grouped by. */
public enum ForecastDimension {
    CLOSE_MONTH,
    OWNER,
    TEAM,
    SOURCE,
    COUNTRY,
    PRODUCT_LINE,
    CATEGORY
}
