package io.tenantcrm.core.testkit;

import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/** Keyset paging over in-memory rows, in the order a database gives: by sort key, then by id as text. */
final class Keyset {

    private Keyset() {
    }

    static <T> Page<T> ascending(Stream<T> rows, Function<T, Instant> key, Function<T, UUID> id, Cursor after,
                                 PageRequest page) {
        Comparator<T> order = Comparator.comparing(key).thenComparing(row -> id.apply(row).toString());
        return page(rows.filter(row -> after == null || after.admitsAscending(key.apply(row), id.apply(row)))
                .sorted(order), key, id, page);
    }

    static <T> Page<T> descending(Stream<T> rows, Function<T, Instant> key, Function<T, UUID> id, Cursor after,
                                  PageRequest page) {
        Comparator<T> order = Comparator.comparing(key).thenComparing(row -> id.apply(row).toString()).reversed();
        return page(rows.filter(row -> after == null || after.admitsDescending(key.apply(row), id.apply(row)))
                .sorted(order), key, id, page);
    }

    private static <T> Page<T> page(Stream<T> sorted, Function<T, Instant> key, Function<T, UUID> id,
                                    PageRequest page) {
        List<T> rows = sorted.limit(page.size() + 1L).toList();
        return Page.fromOneMore(rows, page, row -> new Cursor(key.apply(row), id.apply(row)));
    }
}
