package io.tenantcrm.core.shared;

/** Where an inquiry came from; reports answer "where do leads come from" by it. */
public enum SourceChannel {
    WEB_FORM,
    MARKETPLACE,
    TRADE_SHOW,
    EMAIL,
    PHONE,
    REFERRAL,
    IMPORT,
    OTHER
}
