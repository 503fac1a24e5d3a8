package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a lead, contact or account is recognised by, each key normalized so that a store can look it up with an
 * index: the mailbox (provider rules for dots and plus tags applied only where the provider defines them), the
 * email domain when it names a company (never a free-mail one), the phone in E.164, the person's name, the
 * company's core name, the website's domain, and the country (ISO code: not looked up by, but compared). Any key
 * may be missing.
 */
public record MatchKeys(String mailbox, String emailDomain, String phone, String personName, String companyName,
                        String websiteDomain, String country) {

    /** Providers that ignore dots in the local part and read everything after '+' as a tag. */
    private static final Set<String> DOTS_AND_PLUS = Set.of("gmail.com", "googlemail.com");
    /** Providers that read everything after '+' as a tag but keep dots. */
    private static final Set<String> PLUS_ONLY = Set.of("outlook.com", "hotmail.com", "hotmail.co.uk",
            "hotmail.fr", "hotmail.de", "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "protonmail.com",
            "proton.me", "fastmail.com", "yandex.ru", "yandex.com");

    public static MatchKeys of(EmailAddress email, PhoneNumber phone, String companyName, String website) {
        return of(null, email, phone, companyName, website);
    }

    public static MatchKeys of(String personName, EmailAddress email, PhoneNumber phone, String companyName,
                               String website) {
        return of(personName, email, phone, companyName, website, null);
    }

    public static MatchKeys of(String personName, EmailAddress email, PhoneNumber phone, String companyName,
                               String website, CountryCode country) {
        String person = PersonName.normalize(personName);
        String company = CompanyName.normalize(companyName);
        return new MatchKeys(email == null ? null : mailbox(email),
                email == null || email.isFreeMail() ? null : email.domain(),
                phone == null ? null : phone.value(),
                person.isEmpty() ? null : person,
                company.isEmpty() ? null : company,
                websiteDomain(website).orElse(null),
                country == null ? null : country.value());
    }

    /**
     * A company's keys: its core name and website; the website's domain also stands for the domain its people
     * write from, so an inquiry from ana@acme.com meets the account with www.acme.com.
     */
    public static MatchKeys ofCompany(String companyName, String website) {
        return ofCompany(companyName, website, null);
    }

    public static MatchKeys ofCompany(String companyName, String website, CountryCode country) {
        String company = CompanyName.normalize(companyName);
        String domain = websiteDomain(website).orElse(null);
        return new MatchKeys(null, domain, null, null, company.isEmpty() ? null : company, domain,
                country == null ? null : country.value());
    }

    /** Only what says which company: the keys to compare with accounts. */
    public MatchKeys companyPart() {
        return new MatchKeys(null, emailDomain, null, null, companyName, websiteDomain, country);
    }

    /** True when no key to look a record up by is known (a country alone is not one): it cannot be matched. */
    public boolean isEmpty() {
        return mailbox == null && emailDomain == null && phone == null && personName == null && companyName == null
                && websiteDomain == null;
    }

    /** The mailbox as the provider delivers it: ana.costa+quotes@gmail.com is anacosta@gmail.com. */
    public static String mailbox(EmailAddress email) {
        String local = email.localPart();
        String domain = email.domain();
        if (DOTS_AND_PLUS.contains(domain)) {
            local = stripTag(local).replace(".", "");
            domain = "gmail.com"; // googlemail.com is the same mailbox
        } else if (PLUS_ONLY.contains(domain)) {
            local = stripTag(local);
        }
        return local + "@" + domain;
    }

    /** The registrable-looking host of a website, without www, in ASCII (IDN): "https://www.Müller.de/x" is "xn--mller-kva.de". */
    public static Optional<String> websiteDomain(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        String text = website.strip();
        if (!text.contains("://")) {
            text = "http://" + text;
        }
        try {
            String host = URI.create(text.replace(" ", "")).getHost();
            if (host == null) {
                host = text.replaceFirst("^[a-z]+://", "").split("[/?#:]", 2)[0];
            }
            host = IDN.toASCII(host.toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            return host.contains(".") ? Optional.of(host) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String stripTag(String local) {
        int plus = local.indexOf('+');
        return plus > 0 ? local.substring(0, plus) : local;
    }
}
