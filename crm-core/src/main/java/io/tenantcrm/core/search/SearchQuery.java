package io.tenantcrm.core.search;

import io.tenantcrm.core.shared.InvalidValueException;

import java.util.Locale;

/**
 * What someone typed into search, read once: the text in lower case (matched anywhere in a name, a company or an
 * email) and, when it holds at least four digits, those digits (matched anywhere in a phone number, however the
 * number was typed: "138 0013" finds +8613800138000).
 */
public record SearchQuery(String text, String digits) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    static final int MIN_DIGITS = 4;

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("q", "type at least " + MIN_LENGTH + " characters");
        }
    }

    public static SearchQuery of(String typed) {
        String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
            throw new InvalidValueException("q", "type at least " + MIN_LENGTH + " characters");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException("q", "at most " + MAX_LENGTH + " characters");
        }
        String digits = text.replaceAll("\\D", "");
        return new SearchQuery(text.toLowerCase(Locale.ROOT), digits.length() >= MIN_DIGITS ? digits : null);
    }

    /** Whether a value holds the text (ignoring case). */
    public boolean matchesText(String value) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    /** Whether a phone number holds the digits. */
    public boolean matchesPhone(String phone) {
        return digits != null && phone != null && phone.replaceAll("\\D", "").contains(digits);
    }
}
