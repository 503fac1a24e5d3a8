package io.tenantcrm.core.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and the cursor to the next one (null on the last page). */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> nextCursor() {
        return Optional.ofNullable(next);
    }

    /**
     * The page from rows read one beyond the page size: if the extra row is there, there is a next page, starting
     * after the last row kept.
     */
    public static <T> Page<T> fromOneMore(List<T> rows, PageRequest request, Function<T, Cursor> cursorOf) {
        if (rows.size() <= request.size()) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, request.size());
        return new Page<>(page, cursorOf.apply(page.get(page.size() - 1)).encode());
    }
}
