package io.tenantcrm.persistence.deal;

import io.tenantcrm.core.account.AccountId;
import io.tenantcrm.core.deal.Deal;
import io.tenantcrm.core.deal.DealId;
import io.tenantcrm.core.deal.DealQueries;
import io.tenantcrm.core.deal.DealRepository;
import io.tenantcrm.core.deal.DealStatus;
import io.tenantcrm.core.shared.Cursor;
import io.tenantcrm.core.shared.Page;
import io.tenantcrm.core.shared.PageRequest;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.persistence.tenancy.EntityManagers;
import io.tenantcrm.persistence.tenancy.Keyset;
import io.tenantcrm.persistence.tenancy.TenantScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link DealRepository} and {@link DealQueries} on JPA; every query is scoped to the EntityManager's tenant. */
public class JpaDealRepository extends TenantScoped implements DealRepository, DealQueries {

    public JpaDealRepository(EntityManagers ems) {
        super(ems);
    }

    @Override
    public Optional<Deal> find(TenantId tenant, DealId id) {
        EntityManager em = em(tenant);
        return Optional.ofNullable(em.find(DealEntity.class, id.value())).map(row -> row.toDomain(tenant));
    }

    @Override
    public Deal add(Deal deal) {
        em(deal.tenant()).persist(DealEntity.from(deal));
        return deal.withVersion(1);
    }

    @Override
    public Deal update(Deal deal) {
        return updateRow(deal.tenant(), DealEntity.class, deal.id().value(), deal, deal.version(), "deal " + deal.id())
                .toDomain(deal.tenant());
    }

    @Override
    public Page<Deal> openDealsOf(TenantId tenant, UserId owner, PageRequest page) {
        return Keyset.page(em(tenant), "select d from DealEntity d where d.status = :status and d.ownerId = :owner",
                Map.of("status", DealStatus.OPEN, "owner", owner.value()), "d.createdAt", "d.id", false, page,
                DealEntity.class, row -> row.toDomain(tenant), deal -> new Cursor(deal.createdAt(), deal.id().value()));
    }

    @Override
    public List<Deal> openDeals(TenantId tenant) {
        return em(tenant).createQuery("select d from DealEntity d where d.status = :status", DealEntity.class)
                .setParameter("status", DealStatus.OPEN)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<Deal> openDealsOwnedBy(TenantId tenant, Set<UserId> owners) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return em(tenant).createQuery("select d from DealEntity d where d.status = :status and d.ownerId in :owners"
                        + " order by d.createdAt, d.id", DealEntity.class)
                .setParameter("status", DealStatus.OPEN)
                .setParameter("owners", owners.stream().map(UserId::value).toList())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<Deal> openDealsOn(TenantId tenant, AccountId account) {
        return em(tenant).createQuery("select d from DealEntity d where d.status = :status and d.accountId = :account"
                        + " order by d.createdAt, d.id", DealEntity.class)
                .setParameter("status", DealStatus.OPEN).setParameter("account", account.value())
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public List<Deal> closedBetween(TenantId tenant, Instant from, Instant to) {
        return em(tenant).createQuery("select d from DealEntity d where d.status <> :open"
                        + " and d.stageEnteredAt >= :from and d.stageEnteredAt < :to", DealEntity.class)
                .setParameter("open", DealStatus.OPEN)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream().map(row -> row.toDomain(tenant)).toList();
    }

    @Override
    public Map<UserId, Integer> accountsOwnedByTier(TenantId tenant, io.tenantcrm.core.account.AccountTier tier) {
        Map<UserId, Integer> owned = new java.util.HashMap<>();
        em(tenant).createQuery("select a.ownerId, count(a) from AccountEntity a where a.tier = :tier"
                        + " group by a.ownerId", Object[].class)
                .setParameter("tier", tier)
                .getResultStream()
                .forEach(row -> owned.put(UserId.of((String) row[0]), ((Number) row[1]).intValue()));
        return Map.copyOf(owned);
    }

    @Override
    public Page<Deal> openDealsWithNextStepDueBefore(TenantId tenant, Instant instant, PageRequest page) {
        return Keyset.page(em(tenant), "select d from DealEntity d where d.status = :status"
                        + " and d.nextStepDue < :instant", Map.of("status", DealStatus.OPEN, "instant", instant),
                "d.nextStepDue", "d.id", false, page, DealEntity.class, row -> row.toDomain(tenant),
                deal -> new Cursor(deal.nextStep().due(), deal.id().value()));
    }
}
