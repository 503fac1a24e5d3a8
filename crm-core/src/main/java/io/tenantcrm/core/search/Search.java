package io.tenantcrm.core.search;

import io.tenantcrm.core.access.RecordScope;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UnitOfWork;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Use case: find a buyer by anything a seller remembers (part of a name, the company, the email, some digits of
 * the phone) among the leads, accounts and contacts they may see. Accounts first, then contacts, then leads; within
 * a kind, names that start with the text before names that merely contain it.
 */
public final class Search {

    /** At most this many of each kind: a search box, not an export. */
    public static final int PER_KIND = 10;

    private final RecordSearch records;
    private final UnitOfWork unitOfWork;

    public Search(RecordSearch records, UnitOfWork unitOfWork) {
        this.records = Objects.requireNonNull(records, "records");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    public List<SearchHit> find(TenantId tenant, String typed, RecordScope scope) {
        SearchQuery query = SearchQuery.of(typed);
        List<SearchHit> hits = unitOfWork.inTransaction(() -> records.find(tenant, query, scope, PER_KIND));
        return hits.stream().sorted(Comparator.comparingInt((SearchHit hit) -> switch (hit.type()) {
                    case ACCOUNT -> 0;
                    case CONTACT -> 1;
                    default -> 2;
                }).thenComparing(hit -> !hit.title().toLowerCase(java.util.Locale.ROOT).startsWith(query.text()))
                .thenComparing(SearchHit::title)).toList();
    }
}
