package io.tenantcrm.core.account;

import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.Incoterm;
import io.tenantcrm.core.shared.PaymentTerms;

import java.time.ZoneId;
import java.util.Locale;

/** Profile edits to an account; a null leaves the field as it is. */
public record AccountEdit(String name, AccountTier tier, Lifecycle lifecycle, CountryCode country, ZoneId timeZone,
                          Locale language, Incoterm tradeTerms, PaymentTerms paymentPreference, String website) {

    public static AccountEdit none() {
        return new AccountEdit(null, null, null, null, null, null, null, null, null);
    }

    public AccountEdit tier(AccountTier value) {
        return new AccountEdit(name, value, lifecycle, country, timeZone, language, tradeTerms, paymentPreference,
                website);
    }

    public AccountEdit lifecycle(Lifecycle value) {
        return new AccountEdit(name, tier, value, country, timeZone, language, tradeTerms, paymentPreference,
                website);
    }

    public AccountEdit locale(ZoneId zone, Locale lang) {
        return new AccountEdit(name, tier, lifecycle, country, zone, lang, tradeTerms, paymentPreference, website);
    }

    public AccountEdit terms(Incoterm trade, PaymentTerms payment) {
        return new AccountEdit(name, tier, lifecycle, country, timeZone, language, trade, payment, website);
    }
}
