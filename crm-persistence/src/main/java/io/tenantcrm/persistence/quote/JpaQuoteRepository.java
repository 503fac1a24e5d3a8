package io.tenantcrm.persistence.quote;

import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.quote.Quote;
import io.tenantcrm.core.quote.QuoteId;
import io.tenantcrm.core.quote.QuoteRepository;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.NativeSql;
import io.tenantcrm.persistence.tenancy.TenantScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link QuoteRepository} on JPA, inside the EntityManager's tenant. */
public class JpaQuoteRepository extends TenantScoped implements QuoteRepository {

    public JpaQuoteRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Quote> find(TenantId tenant, QuoteId id) {
        return Optional.ofNullable(em(tenant).find(QuoteEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public Quote add(Quote quote) {
        em(quote.tenant()).persist(QuoteEntity.from(quote));
        return quote.withVersion(1);
    }

    @Override
    public Quote update(Quote quote) {
        return updateRow(quote.tenant(), QuoteEntity.class, quote.id().value(), quote, quote.version(),
                "quote " + quote.id()).toDomain(quote.tenant());
    }

    @Override
    public List<Quote> ofDeal(TenantId tenant, DealId deal) {
        return em(tenant).createQuery("select q from QuoteEntity q where q.dealId = :deal"
                        + " order by q.createdAt desc, q.id", QuoteEntity.class)
                .setParameter("deal", deal.value()).getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<Quote> startedBetween(TenantId tenant, java.time.Instant from, java.time.Instant to) {
        return em(tenant).createQuery("select q from QuoteEntity q where q.createdAt >= :from and q.createdAt < :to"
                        + " order by q.createdAt, q.id", QuoteEntity.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    /**
     * The quotes in approval whose waiting step names the approver ({@code waiting_for} is a JSON array of user
     * ids, asked with {@code jsonb_exists}), the longest waiting first.
     */
    @Override
    public List<Quote> awaitingDecisionBy(TenantId tenant, UserId approver) {
        List<?> ids = NativeSql.of(em(tenant), "SELECT CAST(id AS varchar) FROM quote WHERE tenant_id = ?1"
                        + " AND latest_status = 'IN_APPROVAL' AND jsonb_exists(CAST(waiting_for AS jsonb), ?2)")
                .setParameter(1, tenant.value()).setParameter(2, approver.value()).getResultList();
        return ids.stream().map(id -> find(tenant, new QuoteId(java.util.UUID.fromString((String) id))).orElseThrow())
                .sorted(Comparator.comparing(q -> q.latest().approval().waiting().orElseThrow().waitingSince()))
                .toList();
    }
}
