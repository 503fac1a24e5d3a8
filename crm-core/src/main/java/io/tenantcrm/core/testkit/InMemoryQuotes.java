package io.tenantcrm.core.testkit;

import io.tenantcrm.core.approval.ApprovalStep;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.QuoteRepository;
import io.tenantcrm.core.quote.VersionStatus;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link QuoteRepository} in memory, inside {@link InMemoryCrm}'s transactions. */
public final class InMemoryQuotes implements QuoteRepository {

    private final Object lock;
    final VersionedTable<QuoteId, Quote> table =
            new VersionedTable<>("quote", Quote::tenant, Quote::id, Quote::version, Quote::withVersion);

    InMemoryQuotes(Object lock) {
        this.lock = lock;
    }

    @Override
    public Optional<Quote> find(TenantId tenant, QuoteId id) {
        synchronized (lock) {
            return table.find(tenant, id);
        }
    }

    @Override
    public Quote add(Quote quote) {
        synchronized (lock) {
            return table.add(quote);
        }
    }

    @Override
    public Quote update(Quote quote) {
        synchronized (lock) {
            return table.update(quote);
        }
    }

    @Override
    public List<Quote> ofDeal(TenantId tenant, DealId deal) {
        synchronized (lock) {
            return table.all(tenant).filter(q -> q.deal().equals(deal))
                    .sorted(Comparator.comparing(Quote::createdAt).reversed()).toList();
        }
    }

    @Override
    public List<Quote> startedBetween(TenantId tenant, java.time.Instant from, java.time.Instant to) {
        synchronized (lock) {
            return table.all(tenant).filter(q -> !q.createdAt().isBefore(from) && q.createdAt().isBefore(to))
                    .sorted(Comparator.comparing(Quote::createdAt)).toList();
        }
    }

    @Override
    public List<Quote> awaitingDecisionBy(TenantId tenant, UserId approver) {
        synchronized (lock) {
            return table.all(tenant).filter(q -> q.latest().status() == VersionStatus.IN_APPROVAL)
                    .filter(q -> q.latest().approval().waiting().map(ApprovalStep::approvers)
                            .map(people -> people.contains(approver)).orElse(false))
                    .sorted(Comparator.comparing(q -> q.latest().approval().waiting().orElseThrow().waitingSince()))
                    .toList();
        }
    }
}
