package io.tenantcrm.core.shared;

/**
 * How long a free-text field may be. Every text a record keeps has a limit (the store's column is no longer), and
 * a text over it is refused naming the field, never cut silently.
 */
public record TextLimit(int maxLength) {

    /** Names, titles, product lines: what fits on one line of a form. */
    public static final TextLimit LINE = new TextLimit(200);

    public TextLimit {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1");
        }
    }

    /** The text stripped (blank is null), if it is within the limit. */
    public String check(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw new RuleViolationException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
