package io.tenantcrm.core.shared;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased so that the same mailbox compares equal however it was typed.
 * Free-mail providers are known, because a free-mail domain says nothing about the company behind it.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[a-z0-9\\p{L}](?:[a-z0-9\\p{L}-]{0,61}[a-z0-9\\p{L}])?");

    /** Consumer mailbox providers, worldwide and in the markets export sellers meet most. */
    private static final Set<String> FREE_MAIL = Set.of(
            "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.jp", "yahoo.fr", "yahoo.de",
            "yahoo.com.br", "ymail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "outlook.com",
            "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.com",
            "web.de", "t-online.de", "mail.ru", "yandex.ru", "yandex.com", "rambler.ru", "protonmail.com",
            "proton.me", "zoho.com", "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com",
            "sina.cn", "sohu.com", "aliyun.com", "139.com", "naver.com", "daum.net", "hanmail.net", "rediffmail.com",
            "libero.it", "orange.fr", "laposte.net", "free.fr", "wanadoo.fr", "seznam.cz", "wp.pl", "o2.pl",
            "interia.pl", "mail.com", "inbox.com", "bol.com.br", "uol.com.br", "terra.com.br");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("email", "must not be empty", Violation.REQUIRED);
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("email", "must be at most " + MAX_LENGTH + " characters", "email");
        }
        int at = value.indexOf('@');
        if (at < 0 || at != value.lastIndexOf('@')) {
            throw new InvalidValueException("email", "'" + value + "' must contain exactly one @", "email");
        }
        String local = value.substring(0, at);
        String domain = value.substring(at + 1);
        if (!LOCAL_PART.matcher(local).matches() || local.startsWith(".") || local.endsWith(".")
                || local.contains("..")) {
            throw new InvalidValueException("email", "'" + value + "' has an invalid part before the @", "email");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidValueException("email", "'" + value + "' needs a domain with a dot after the @", "email");
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                throw new InvalidValueException("email", "'" + value + "' has an invalid domain", "email");
            }
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /** True for consumer mailboxes (gmail.com, qq.com ...), whose domain identifies no company. */
    public boolean isFreeMail() {
        return FREE_MAIL.contains(domain());
    }

    @Override
    public String toString() {
        return value;
    }
}
