package io.tenantcrm.core.shared;

/**
 * Which page of a list to read: at most {@code size} items after the cursor {@code after} (null: from the start).
 * Lists are paged by keyset, not by offset, so rows inserted meanwhile never shift a page: no item is shown twice
 * or skipped.
 */
public record PageRequest(int size, String after) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size", "must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (after != null && after.isBlank()) {
            after = null;
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /** The position to continue after, decoded; null for the first page. */
    public Cursor cursor() {
        return after == null ? null : Cursor.decode(after);
    }
}
