package io.tenantcrm.service.order;

import io.tenantcrm.core.account.Account;
import io.tenantcrm.core.account.AccountRepository;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteVersion;
import io.tenantcrm.core.quote.Quoting;
import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.NotFoundException;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;
import io.tenantcrm.core.tenant.Tenant;
import io.tenantcrm.core.tenant.TenantConfiguration;
import io.tenantcrm.core.tenant.TenantRepository;
import io.tenantcrm.documents.QuoteDocument;
import io.tenantcrm.documents.QuotePdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ServiceUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer's PDF of a quote version: the tenant as the seller, the deal's account as the buyer, drawn by
 * crm-documents in the language asked for, else the account's own language, else the caller's. Drawn again on each
 * request from the stored version, which never changes once sent, so every copy of a sent version is the same.
 */
@ApplicationScoped
public class QuoteDocuments {

    @Inject
    TenantRepository tenants;

    @Inject
    DealRepository deals;

    @Inject
    AccountRepository accounts;

    @Inject
    TenantConfiguration configuration;

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    @ConfigProperty(name = "crm.documents.font", defaultValue = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    String font;

    /** A PDF and the file name to save it under ("Q-2026-00001-v2.pdf"). */
    public record Pdf(String fileName, byte[] bytes, Locale language) {
    }

    public Pdf render(Quote quote, int versionNumber, String lang, List<Locale> callerLanguages) {
        QuoteVersion version = quote.version(versionNumber)
                .orElseThrow(() -> new NotFoundException("quote version", quote.number() + " v" + versionNumber));
        Locale asked = asked(lang);
        QuotePdf pdf = new QuotePdf(Path.of(font));
        if (!pdf.fontAvailable()) {
            throw new ServiceUnavailableException("quote documents need the font " + font
                    + " (crm.documents.font; Debian: apt-get install fonts-wqy-zenhei)");
        }
        TenantId tenant = quote.tenant();
        record Parties(String seller, Account buyer) {
        }
        Parties parties = unitOfWork.inTransaction(() -> new Parties(
                tenants.find(tenant).map(Tenant::name).orElse(""),
                deals.find(tenant, quote.deal()).flatMap(deal -> accounts.find(tenant, deal.account())).orElse(null)));
        QuoteDocument document = QuoteDocument.of(quote, version, parties.seller(), parties.buyer(),
                configuration.sla(tenant).hours().zone());
        Locale language = Optional.ofNullable(asked)
                .or(() -> Optional.ofNullable(parties.buyer()).map(Account::language))
                .orElse(callerLanguages.isEmpty() ? Locale.ENGLISH : callerLanguages.get(0));
        return new Pdf(Quoting.document(quote, version).fileName(), pdf.render(document, language), language);
    }

    private static Locale asked(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(lang.strip());
        if (!locale.getLanguage().equals("en") && !locale.getLanguage().equals("zh")) {
            throw new InvalidValueException("lang", "a quote is drawn in en or zh-CN");
        }
        return locale;
    }
}
