package io.tenantcrm.core.dedupe;

import java.util.Locale;

/**
 * What one comparison of two records found: agreement or disagreement on one field. Each has a stable code for a
 * screen to translate ({@code different-email-domains}) and an English text with the values in place.
 */
public enum Signal {
    SAME_MAILBOX("same mailbox %s"),
    DIFFERENT_MAILBOXES("different mailboxes %s / %s"),
    SAME_EMAIL_DOMAIN("same company email domain %s"),
    DIFFERENT_EMAIL_DOMAINS("different email domains %s / %s"),
    SAME_PHONE("same phone %s"),
    DIFFERENT_PHONES("different phones %s / %s"),
    SAME_WEBSITE("same website %s"),
    DIFFERENT_WEBSITES("different websites %s / %s"),
    SAME_PERSON_NAME("same person's name %s"),
    SIMILAR_PERSON_NAMES("similar person's names %s ~ %s"),
    DIFFERENT_PERSON_NAMES("different person's names %s / %s"),
    SAME_COMPANY_NAME("same company name '%s'"),
    SIMILAR_COMPANY_NAMES("similar company names '%s' ~ '%s'"),
    DIFFERENT_COMPANY_NAMES("different company names '%s' / '%s'"),
    DIFFERENT_NUMBERS("different numbers in the names '%s' / '%s'"),
    SAME_COUNTRY("same country %s"),
    DIFFERENT_COUNTRIES("different countries %s / %s");

    private final String text;

    Signal(String text) {
        this.text = text;
    }

    /** The stable code: {@code DIFFERENT_EMAIL_DOMAINS} is {@code different-email-domains}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The English text with the values in place. */
    String say(Object... values) {
        return String.format(Locale.ROOT, text, values);
    }

    /** Whether the two records agree here (a "same" or "similar" signal) rather than disagree. */
    public boolean agrees() {
        return name().startsWith("SAME_") || name().startsWith("SIMILAR_");
    }
}
