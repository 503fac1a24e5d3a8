package io.tenantcrm.core.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a keyset-paged list: the sort value of the last item shown (an instant) and its id, which breaks
 * ties. Ids compare as their lower-case text, the order PostgreSQL gives uuids, so every implementation pages
 * alike. Opaque to clients: a URL-safe token.
 */
public record Cursor(Instant key, UUID id) {

    public Cursor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            return new Cursor(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidValueException("after", "is not a cursor of this list");
        }
    }

    /** Whether an item at ({@code itemKey}, {@code itemId}) belongs after this cursor in ascending order. */
    public boolean admitsAscending(Instant itemKey, UUID itemId) {
        int byKey = itemKey.compareTo(key);
        return byKey > 0 || (byKey == 0 && itemId.toString().compareTo(id.toString()) > 0);
    }

    /** Whether an item belongs after this cursor in descending order (newest first). */
    public boolean admitsDescending(Instant itemKey, UUID itemId) {
        int byKey = itemKey.compareTo(key);
        return byKey < 0 || (byKey == 0 && itemId.toString().compareTo(id.toString()) < 0);
    }
}
