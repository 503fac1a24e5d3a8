package io.tenantcrm.persistence.tenancy;

import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keyset paging in JPQL: {@code where <filter> and (key, id) > (cursor)} ordered by key then id, one row more than
 * the page to know whether another follows. Stable under concurrent inserts, and served by the
 * {@code (tenant_id, ..., key)} indexes.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * @param select  {@code select x from Entity x where ...} (the filter; no order)
     * @param key     the sort attribute path, e.g. {@code x.receivedAt}
     * @param id      the id attribute path, e.g. {@code x.id}
     * @param cursorOf the cursor of a result row
     */
    public static <E, T> Page<T> page(EntityManager em, String select, Map<String, Object> parameters, String key,
                                      String id, boolean descending, PageRequest page, Class<E> type,
                                      Function<E, T> toDomain, Function<T, Cursor> cursorOf) {
        Cursor after = page.cursor();
        String compare = descending ? "<" : ">";
        StringBuilder jpql = new StringBuilder(select);
        if (after != null) {
            jpql.append(" and (").append(key).append(' ').append(compare).append(" :afterKey or (").append(key)
                    .append(" = :afterKey and ").append(id).append(' ').append(compare).append(" :afterId))");
        }
        String direction = descending ? " desc" : "";
        jpql.append(" order by ").append(key).append(direction).append(", ").append(id).append(direction);
        TypedQuery<E> query = em.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        if (after != null) {
            query.setParameter("afterKey", after.key());
            query.setParameter("afterId", after.id());
        }
        List<T> rows = query.setMaxResults(page.size() + 1).getResultStream().map(toDomain).toList();
        return Page.fromOneMore(rows, page, cursorOf);
    }
}
